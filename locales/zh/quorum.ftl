# Quorum — 中文（Chinese）. Every key here must exist in every locale, with the same variables.

## Generic

usage = 用法：
err-internal = 我们这边出了点问题，未做任何更改。请稍后重试。
err-command-too-old = 您的命令 { $command }（发送于 { $sent }，当时 Quorum 处于离线状态）未被执行：命令最多只能延迟 { $limit } 执行。如仍需要，请重新发送。
notice-command-interrupted = 您的命令 { $command } 已执行，但 Quorum 在回复前重新启动了。重新发送前请先查看结果。
notice-interaction-too-late = 您的命令 { $command } 到达 Quorum 时已太迟，Discord 不再接受回复（Discord 只等三秒），因此未被执行。如仍需要，请重新发送。

## Parse errors

err-empty = 请在前缀后输入命令，例如 `!help`。
err-unknown-command = 我不认识命令 `{ $name }`。输入 `!help` 查看命令列表。
err-unknown-command-suggest = 我不认识命令 `{ $name }`。您是不是想输入 `{ $suggestion }`？
err-unknown-subcommand = 命令 `{ $command }` 没有子命令 `{ $name }`。
err-missing = 缺少：`{ $name }`。
err-unexpected = 此处不应出现“{ $text }”。
err-unterminated-quote = 有引号未闭合。
err-unknown-flag = 未知选项 `{ $flag }`。
err-flag-needs-value = 选项 `{ $flag }` 需要一个值。
err-flag-twice = 选项 `{ $flag }` 重复出现了两次。
err-bad-duration = “{ $value }”不是有效的时长。请使用例如 `90m`、`2h`、`7d` 或 `1h30m` 这样的格式。
err-bad-date = “{ $value }”不是有效的日期。请使用“年-月-日”格式，例如 `2026-12-01`。
err-bad-time = “{ $value }”不是有效的时间。请使用 24 小时制的“时:分”格式，例如 `09:00`。
err-bad-id = “{ $value }”不是数字。请使用例如 `3` 或 `#3`。
err-bad-cron = `{ $value }` 不是有效的 cron 计划：需要五个字段，即分 时 日 月 星期，例如 `0 9 * * 1-5`（或在前面加上值为 0 的秒字段，共六个：`0 0 9 * * 1-5`）。
err-bad-cron-field = `{ $value }` 不是有效的 cron 计划：{ $field ->
    [minute] 分钟字段（0–59）
    [hour] 小时字段（0–23）
    [day] 日期字段（1–31）
    [month] 月份字段（1–12 或 jan–dec）
   *[weekday] 星期字段（0–7 或 sun–sat，0 和 7 均为星期日）
}无效。
err-bad-repeat = 我无法理解重复规则“{ $value }”。请尝试 `every weekday at 09:00`、`every 2 weeks on tuesday` 或 `monthly on the first thursday`。
err-too-long = `{ $name }` 过长：共 { $len } 个字符，最多允许 { $max } 个字符。
err-empty-text = `{ $name }` 为空。
err-control-chars = `{ $name }` 包含不可见字符或控制字符，请将其删除。
err-bad-choice = “{ $value }”不是 `{ $name }` 的有效值。请从以下选项中选择：{ $allowed }。
err-unknown-zone = 我不认识时区“{ $value }”。请使用 `Europe/Zurich` 这样的名称，或 `Geneva` 这样的城市名。
err-unknown-zone-suggest = 我不认识时区“{ $value }”。您是不是想输入 `{ $suggestion }`？

## Refusals

err-forbidden = 此操作需要 `{ $role }` 角色。
err-forbidden-in = 此操作需要在 `{ $body }` 中拥有 `{ $role }` 角色。
err-not-found = 未找到{ $kind ->
    [application] 申请
    [question] 问题
    [reminder] 提醒
    [meeting] 会议
    [when] 时间投票
    [body] 机构
    [send] 发送记录
    [poll] 投票
    [agenda-poll] 议程征集
     [election] 选举
   *[other] 项目
} `{ $id }`。
err-no-body-here = 此房间尚未关联任何机构。工作人员可以使用 `!body link SHORT` 进行关联。
err-past-time = { $time }（{ $zone }）已经过去。
err-time-in-gap = { $time } 在 { $zone } 时区中不存在：时钟会跳过这一小时。请选择时间调整时段以外的时间。
err-never-fires = 该计划永远不会触发。

## Help

help-intro = **Quorum 命令**。输入 `!help COMMAND` 查看详细说明和示例。
help-needs-role = 需要 `{ $role }` 角色。
help-examples = 示例：
category-general = **常规**
category-settings = **个人设置**
category-bodies = **机构与角色**
category-reminders = **提醒**
category-audit = **审计**

cmd-help-summary = 显示命令列表，或某个命令的详细说明。
cmd-help-help = 不带命令时，列出 Quorum 能做的所有事情；带上命令时，显示其写法、谁可以使用以及示例。
cmd-tz-summary = 查看或设置您的时区。
cmd-tz-help = Quorum 向您显示的所有时间均采用您的时区。请提供 IANA 名称（如 `Europe/Zurich`）或城市名（如 `Geneva` 或 `New York`）。
cmd-lang-summary = 查看或设置您的语言。
cmd-lang-help = Quorum 支持阿拉伯语（ar）、英语（en）、西班牙语（es）、法语（fr）、俄语（ru）和中文（zh）。该设置仅对您本人生效。
cmd-whoami-summary = 显示 Quorum 所掌握的关于您的信息。
cmd-whoami-help = 显示您的成员编号、关联账号、时区、语言和角色。回复将以私信方式发送给您。
cmd-body-create-summary = 创建机构（选区、委员会、小组）。
cmd-body-create-help = 为机构设置全称以及在命令中使用的简称。只有管理员可以创建机构。
cmd-body-link-summary = 将此房间关联到某个机构。
cmd-body-link-help = 在已关联的房间中，命令作用于该机构，且该机构成员的角色在此生效。
cmd-role-grant-summary = 授予某人在某个机构中的角色。
cmd-role-grant-help = 角色按权限从高到低依次为：admin、staff、exec、member、applicant、guest。staff 最高可授予 exec；只有 admin 可以授予 staff 或 admin。未指定机构时，使用此房间所关联的机构。
cmd-role-revoke-summary = 撤销某人的角色。
cmd-role-revoke-help = 规则与授予角色相同。
cmd-remind-summary = 为自己、他人或此房间设置提醒。
cmd-remind-help = `me` 以私信提醒您，`@user` 以私信提醒该用户，`here` 在此房间中发布提醒。可以指定延迟（`in 2h`）、时间（`at 2026-12-01 09:00 Europe/Zurich`）、重复规则（`every weekday at 09:00 Geneva`）或 cron 计划（`--cron "0 9 * * 1-5"`，星期一 = 1）；时间后面的时区决定按哪里的时钟计时（未指定时区时使用您的时区）。重复提醒在夏令时切换前后均按当地时间执行。
cmd-reminders-summary = 列出您可以查看的提醒。
cmd-reminders-help = 显示您的提醒、为您设置的提醒以及此房间的提醒，并附上编号。
cmd-reminder-cancel-summary = 取消提醒。
cmd-reminder-cancel-help = 您可以取消自己的提醒以及为您设置的提醒；工作人员可以取消此房间的提醒。
cmd-audit-verify-summary = 检查审计日志是否被篡改。
cmd-audit-verify-help = 重新计算所有已记录的工作人员操作的哈希链，并报告第一条被更改或删除的记录。

## Settings

tz-current = 您的时区是 `{ $zone }`，当地现在是 { $local }。
tz-set = 您的时区已设为 `{ $zone }`，当地现在是 { $local }。
lang-current = 您的语言是 `{ $lang }`。可选语言：{ $choices }。
lang-set = 从现在起，我将用中文回复您。
whoami-title = Quorum 所掌握的关于 { $who } 的信息：
whoami-member = 成员编号 { $id }
whoami-zone = 时区：`{ $zone }`
whoami-lang = 语言：`{ $lang }`
whoami-admin = Quorum 管理员
whoami-no-roles = 尚未在任何机构中拥有角色
whoami-role = 在 `{ $body }` 中担任 `{ $role }`

## Bodies and roles

body-exists = 简称为 `{ $short }` 的机构已存在。
body-created = 已创建机构 **{ $name }**（`{ $short }`）。可使用 `!body link { $short }` 将房间关联到该机构。
body-link-direct = 私聊无法关联到机构。
body-linked = 此房间现已关联到 **{ $name }**（`{ $short }`）。
role-granted = { $user } 现已在 `{ $body }` 中拥有 `{ $role }` 角色。
role-already = { $user } 已在 `{ $body }` 中拥有 `{ $role }` 角色。
role-revoked = 已撤销 { $user } 在 `{ $body }` 中的 `{ $role }` 角色。
role-not-held = { $user } 在 `{ $body }` 中没有 `{ $role }` 角色。
body-link-already = 此房间已关联到 **{ $name }**（`{ $short }`）。
body-link-taken = 此房间已关联到 **{ $name }**（`{ $short }`）；只有 `{ $short }` 的工作人员才能将其关联到其他机构。
body-relinked = 此房间现已关联到 **{ $name }**（`{ $short }`），不再关联到 **{ $previous_name }**（`{ $previous_short }`）。
body-reminder-interval = 在 **{ $name }**（`{ $short }`）的房间中，成员的提醒最多每 `{ $interval }` 发布一次。
body-reminder-interval-default = 在 **{ $name }**（`{ $short }`）的房间中，成员的提醒最多每 `{ $interval }` 发布一次（默认值）。
body-reminder-interval-set = 从现在起，成员的提醒在 **{ $name }**（`{ $short }`）的房间中最多每 `{ $interval }` 发布一次。
cmd-body-reminder-interval-summary = 查看或设定成员的提醒在机构房间中最多多久发布一次。
cmd-body-reminder-interval-help = 成员无法让 Quorum 在该机构的房间中比这更频繁地发布（计入其在该房间的所有提醒；默认 `15m`，范围 `1m` 至 `7d`）；工作人员和管理员不受此限。任何人都可以查看该间隔，由机构的工作人员设定。
param-interval = 两次发布之间的最短时间，例如 15m 或 1h

## Audit

audit-ok = 审计日志完好：已核查 { $count } 条记录。
audit-broken = 审计日志已被篡改：哈希链在第 { $seq } 条记录处断开（共 { $count } 条）。

## Reminders

reminder-set = 已设置提醒 #{ $id }，时间为 { $time }：{ $text }
reminder-set-repeat = 已设置提醒 #{ $id }（{ $repeat }），首次提醒时间为 { $time }：{ $text }
reminders-none = 您在这里没有提醒。
reminders-title = { $count } 条提醒：
reminder-line = #{ $id } · { $time } · { $target ->
    [me] 给您
    [here] 给此房间
    [room] 给房间“{ $room }”
   *[user] 给 { $who }
} · { $text }
reminder-line-repeat = #{ $id } · 下次：{ $time }（{ $repeat }） · { $target ->
    [me] 给您
    [here] 给此房间
    [room] 给房间“{ $room }”
   *[user] 给 { $who }
} · { $text }
reminder-cancelled = 提醒 #{ $id } 已取消。
reminder-fire = ⏰ 提醒：{ $text }
reminder-fire-from = ⏰ 来自 { $from } 的提醒：{ $text }
reminder-missed = ⏰ 错过的提醒（原定于 { $due }，当时 Quorum 处于离线状态）：{ $text }
err-reminder-too-often = 在 `{ $body }` 的房间中，成员的提醒最多每 `{ $interval }` 发布一次；此提醒有两次发布仅相隔 `{ $gap }`。
err-reminder-too-close = 在 `{ $body }` 的房间中，成员的提醒最多每 `{ $interval }` 发布一次；此提醒将于 { $time } 发布，与您的提醒 #{ $id } 仅相隔 `{ $gap }`。
err-unknown-person = 我不认识 `{ $who }`：没有这个名字的人给 Quorum 发过消息或被授予过角色。
err-unknown-person-suggest = 我不认识 `{ $who }`：没有这个名字的人给 Quorum 发过消息或被授予过角色。您是不是指 { $suggestion }？

## Descriptions of command options (Discord shows them beside each option)
param-target = 提醒谁或在哪里：me、@某人 或 here
param-when = 何时：in 2h、at 2026-12-01 09:00 Europe/Zurich、every weekday at 09:00
param-change = add（添加）或 remove（删除）
param-code = 一次性关联码，例如 7K2Q-…
param-number = 列表中的编号
param-platform = 平台：console、matrix 或 discord
param-text = 文本
param-id = 编号，例如 #3
param-zone = 时区或城市，例如 Europe/Zurich 或 日内瓦
param-language = 语言：en、fr、es、ru、zh 或 ar
param-name = 全称
param-short = 简称，例如 BC
param-body = 机构的简称
param-command = 要查看详情的命令
param-user = 成员
param-role = 角色
param-cron = 用引号括起的 cron 计划，例如 "0 9 * * 1-5"

## Meetings
category-meetings = **会议**
cmd-meeting-schedule-summary = 按会议所在时区安排一次会议或一系列会议。
cmd-meeting-schedule-help = 日期和时间以所给时区（IANA 名称或城市）的时钟为准；每个人随后都会看到自己时区的时间。系列会议在夏令时切换时保持当地时间不变。每次会议前，提醒会发送到该机构的每个房间（默认提前 1h；`--remind none` 表示不提醒）。系列在会议时间举行，从重复规则在所给日期当天或之后给出的第一天开始。
cmd-meeting-list-summary = 列出此房间所属机构即将举行的会议。
cmd-meeting-list-help = 显示此房间所代表机构（若无机构则为此房间）的每个会议和系列的下一次举行时间，最近的在前。
cmd-meeting-show-summary = 显示会议：时间、时长、地点，以及成员所在时区的时间。
cmd-meeting-show-help = 显示下一次举行时间、时长、重复方式、链接和电话接入，以及机构成员所设每个时区的当地时间。
cmd-meeting-cancel-summary = 取消一次会议或整个系列。
cmd-meeting-cancel-help = 安排会议的人及其机构的工作人员可以取消会议；其提醒随之停止。指定日期时，只取消系列中当天的那一次。取消整个系列无法撤销：回复会说明将失去什么，加上 `--yes` 才会执行。
meeting-scheduled = 会议 #{ $id }“{ $title }”已安排在 { $time }。
meeting-scheduled-repeat = 系列会议 #{ $id }“{ $title }”已安排（{ $repeat }），首次为 { $time }。
meeting-ambiguous = 当晚 { $local } 在 { $zone } 出现两次（时钟回拨）；会议取两者中的第一次。
meetings-none = 这里没有即将举行的会议。
meetings-title = { $count } 个即将举行的会议：
meeting-line = #{ $id } · { $time } · { $title }
meeting-line-repeat = #{ $id } · 下次 { $time }（{ $repeat }）· { $title }
meeting-show-title = 会议 #{ $id }：{ $title }
meeting-show-when = 下次：{ $time }，时长 { $duration }
meeting-show-repeat = 重复：{ $repeat }
meeting-show-link = 链接：{ $link }
meeting-show-dial = 电话接入：{ $dial }
meeting-show-zones = 成员所在时区：
meeting-show-zone = { $zone }：{ $local }
meeting-over = 会议 #{ $id } 已没有后续举行。
meeting-cancelled = 会议 #{ $id }“{ $title }”已取消。
meeting-reminder = 📅“{ $title }”将于 { $time } 开始。
meeting-reminder-link = 📅“{ $title }”将于 { $time } 开始：{ $link }
err-meeting-not-yours = 只有安排会议 #{ $id } 的人或其机构的工作人员可以更改它。
err-meeting-answer-in-room = 会议 #{ $id } 属于房间 { $room }：请在那里操作。
param-title = 标题
param-date = 日期，例如 2026-12-03
param-time = 时间，例如 14:00
param-duration = 时长，例如 90m 或 1h30m
param-repeat = 重复方式，例如 "every tuesday" 或 "every weekday"
param-remind = 提前多久提醒，例如 24h,1h（或 none）
param-link = 加入链接
param-dial = 电话接入方式
cmd-meeting-rsvp-summary = 告知您是否出席会议。
cmd-meeting-rsvp-help = 针对某一场回答 yes、no 或 maybe：正在进行或下一场，或用 `--date` 指定当天的那一场；新的回答会替换旧的。由会议所属机构的成员（在其中拥有任何角色的人）回答。`!meeting show` 统计其所显示那一场的回答。
meeting-rsvp-set = 您对会议 #{ $id }“{ $title }”（{ $time }）的回答：{ $answer ->
    [yes] 是，您会参加
    [no] 否，您无法参加
   *[maybe] 也许
}。
meeting-show-rsvps = 回答：出席 { $yes } · 待定 { $maybe } · 缺席 { $no }
rsvp-yes = 我会出席
rsvp-no = 我无法出席
rsvp-maybe = 待定
param-answer = 您的回答：yes、no 或 maybe
meeting-occurrence-cancelled = 会议 #{ $id }“{ $title }”在 { $time } 的这一次已取消；系列继续。
err-meeting-no-occurrence = 会议 #{ $id } 在 { $date } 没有即将举行的场次。
cmd-meeting-move-summary = 将会议的某一次改到另一个日期和时间。
cmd-meeting-move-help = 先给出要改期那一次的日期，再按会议时区的时钟给出新的日期和时间。系列的其余部分不变；提醒随新时间调整。不能把一场改到该系列已有场次的日子，也不能与其他场次重叠。
meeting-moved = 会议 #{ $id }“{ $title }”已从 { $from } 改到 { $to }。
param-to_date = 新日期，例如 2026-12-09
param-to_time = 新时间，例如 15:00
meeting-reminders-passed = 会议前 `{ $offsets }` 的 { $count } 条提醒时间已过，不会发送。
meeting-reminders-passed-series = 首次会议前 `{ $offsets }` 的 { $count } 条提醒时间已过，本次不发送；之后的会议仍会发送。

## Editing meetings

cmd-meeting-edit-summary = 修改会议或整个系列：标题、时间、时区、重复、提醒、链接。
cmd-meeting-edit-help = 只需给出要改的内容。对于系列会议，新的时间或时区从下一场起生效，逐场取消或改期的场次将被重置。`--once` 停止重复；`--link none` 和 `--dial none` 删除链接和拨入信息。安排会议的人及其机构的工作人员可以修改会议。正在进行的那一场保持原时间；重复规则若写明时间，必须与会议时间相同。重置逐场取消或改期的场次需要 `--yes`：回复会先列出它们。
param-once = 不再重复：只开一次
meeting-edited = 会议 #{ $id }“{ $title }”已更新；下一场 { $time }。
meeting-edited-over = 会议 #{ $id }“{ $title }”已更新；已没有后续场次。
meeting-edited-exceptions = 之前逐场取消或改期的场次重新按照新的时间安排。
err-meeting-repeat-time = 会议时间是 `{ $time }`，但重复规则 `{ $repeat }` 的时间是 `{ $other }`：一个系列只在一天中的一个时间举行，即会议的时间。请从重复规则中去掉时间，或写上相同的时间。
meeting-starts-later = { $date } 不是该系列（{ $repeat }）的日子：系列从其后的第一天开始，即 { $time }。
err-meeting-rsvp-not-member = 只有 `{ $body }` 的成员才能回复会议 #{ $id }，而您在 `{ $body }` 中没有角色。其工作人员可以用 `!role grant` 为您授予角色。
err-meeting-clash = 会议 #{ $id } 已在 { $time } 举行：一个系列每天最多举行一次，各场次互不重叠。请先改期或取消那一场，或另选一天。
err-meeting-under-way = 会议 #{ $id } 正在进行，直到 { $time }：其时间已不能更改。
err-meeting-once-under-way = 会议 #{ $id } 正在进行，直到 { $time }：这一场结束后才能改为单次会议。
err-meeting-edit-under-way-clash = 会议 #{ $id } 自 { $time } 起正在进行的这一场保持原时间，而新的时间安排还会在 { $other } 举行，与其同一天或时间重叠。请给出更晚的 `--date`。
meeting-edited-under-way = 自 { $time } 起正在进行的这一场保持原时间；更改从下一场起生效。
meeting-edit-confirm = 更改系列 #{ $id }“{ $title }”的时间将恢复 { $count } 个逐场更改过的场次；目前尚未更改任何内容：
meeting-edit-confirm-cancelled = { $time }：已取消；将重新举行
meeting-edit-confirm-moved = { $from }，已改到 { $to }：将重新按系列时间举行
meeting-confirm-edit = 仍然修改该系列
meeting-cancel-confirm = 取消系列 #{ $id }“{ $title }”（{ $repeat }）将结束自 { $time } 起的所有场次，连同其提醒、议程和回复；此操作无法撤销。目前尚未取消任何内容。
meeting-confirm-cancel = 取消整个系列
meeting-already-cancelled = 会议 #{ $id }“{ $title }”已经取消。
meeting-occurrence-already-cancelled = 会议 #{ $id }“{ $title }”在 { $time } 的这一场已经取消。
param-yes = 确认无法撤销的操作
err-meeting-edit-nothing = 请说明要修改会议 #{ $id } 的哪一项，例如 `--time 15:00` 或 `--title "新标题"`。

## Meeting reminders by direct message

cmd-meeting-dm-summary = 通过私信接收某个会议（或该机构所有会议）的提醒。
cmd-meeting-dm-help = `on` 会在你发出请求的平台上，以你的语言和时区另外私信发送每条提醒；`all` 涵盖本房间所属机构的所有会议，包括以后的会议。`off` 停止。
param-meeting = 会议编号，例如 #3，或 all
param-switch = on 或 off
meeting-dm-on-meeting = 你将通过私信收到会议 #{ $id }“{ $title }”的提醒。
meeting-dm-on-body = 你将通过私信收到 `{ $body }` 所有会议的提醒。
meeting-dm-off-meeting = 你将不再通过私信收到会议 #{ $id }“{ $title }”的提醒。
meeting-dm-off-body = 你将不再通过私信收到 `{ $body }` 各会议的提醒。
meeting-dm-was-off-meeting = 你原本就没有通过私信接收会议 #{ $id }“{ $title }”的提醒。
meeting-dm-was-off-body = 你原本就没有通过私信接收 `{ $body }` 各会议的提醒。
err-meeting-dm-no-body = 本房间不属于任何机构；请给出会议编号，而不是 `all`。

## Calendar export
err-cron-seconds = `{ $value }`：cron 有六个字段时，第一个是秒，必须为 0；Quorum 的计划精确到分钟。
cmd-meeting-ics-summary = 将一个会议或本机构的全部会议导出为日历文件（.ics）。
cmd-meeting-ics-help = 带编号时，导出该会议（系列会议包括其重复规则以及单独取消或改期的场次）为 iCalendar 文件，可导入日历应用；不带编号时，将本房间所属机构的全部会议导出为一个文件。文件以私信发送给您。
meeting-ics = 会议 #{ $id }“{ $title }”的日历文件：
meeting-ics-feed = { $count } 个会议的日历文件：

## Calendar feeds

cmd-meeting-feed-summary = 获取本机构日历订阅地址，以便在日历应用中订阅。
cmd-meeting-feed-help = 订阅该地址的日历应用（手机、Outlook、Thunderbird、Google 日历）会显示本机构的所有会议并跟随其变化。地址中含有密钥：请勿外传。工作人员可以用 `--reset` 更换地址，旧地址随即失效。
param-reset = 更换密钥地址（工作人员）
meeting-feed = `{ $body }` 的日历订阅地址：{ $url } —— 请在你的日历应用中订阅。请勿外传：拿到地址的人都能读取会议。
meeting-feed-reset = `{ $body }` 的日历订阅地址已更换：{ $url } —— 旧地址已失效，订阅需改用新地址。
err-meeting-feed-off = 本 Quorum 不提供日历订阅（缺少 `[calendar]` 设置）；`!meeting ics` 可以文件形式给出会议。

## Agenda
cmd-agenda-add-summary = 向会议下一场次的议程添加一项。
cmd-agenda-add-help = 能看到会议的人都可以添加议程项，每项最多 300 个字符；每个场次的议程最多 50 项。议程项加入正在进行或即将举行的场次，使用 `--date` 时加入当天的场次：系列会议的每个场次都有自己的议程。回复中给出该项的编号。
cmd-agenda-show-summary = 显示会议下一场次的编号议程。
cmd-agenda-show-help = 列出正在进行或即将举行的场次（使用 `--date` 时为当天场次）的议程项及各项的添加者。会议提醒和 `!meeting show` 也会列出它们。
cmd-agenda-order-summary = 重新排列议程项的顺序。
cmd-agenda-order-help = 按新顺序给出每个议程项编号各一次，用逗号或空格分隔：`3,1,2` 会把第 3 项排在最前。安排会议的人及其机构的工作人员可以调整议程顺序。
cmd-agenda-remove-summary = 从议程中删除一项。
cmd-agenda-remove-help = 添加该项的人、安排会议的人及其机构的工作人员可以删除它；其后的各项编号依次前移一位。
param-order = 按新顺序排列的议程项编号，例如 3,1,2
param-item = 议程项编号，例如 2
param-propose = 提议期限，例如 3d
param-rank = 排序期限，例如 2d
param-top = 排序后列入议程的项数，1 到 20
agenda-added = 已将第 { $number } 项加入会议 #{ $id }“{ $title }”（{ $time }）的议程：{ $text }
agenda-title = 会议 #{ $id }“{ $title }”（{ $time }）的议程，共 { $count } 项：
agenda-empty = 会议 #{ $id }“{ $title }”（{ $time }）还没有议程。可用 `!agenda add #{ $id } "文本"` 添加议程项。
agenda-item = { $number }. { $text } — { $author }
agenda-ordered = 会议 #{ $id }“{ $title }”（{ $time }）议程的新顺序：
agenda-removed = 已从会议 #{ $id }“{ $title }”（{ $time }）的议程中删除第 { $number } 项“{ $text }”。
meeting-show-agenda = 议程，共 { $count } 项：
err-agenda-full = 会议 #{ $id }“{ $title }”（{ $time }）的议程已有 { $max } 项，已达上限。请先删除一项再添加。
err-agenda-bad-order = 新顺序必须恰好列出每个议程项一次：即 1 到 { $count } 的编号，用逗号或空格分隔。
err-agenda-no-item = 会议 #{ $id }“{ $title }”（{ $time }）的议程中没有第 { $number } 项；议程项编号为 1 到 { $count }。
err-agenda-not-member = 只有 `{ $body }` 的成员才能向会议 #{ $id } 的议程添加议项，而您在 `{ $body }` 中没有角色。其工作人员可以用 `!role grant` 为您授予角色。
err-agenda-not-yours = 只有添加第 { $number } 项的人、安排会议 #{ $id } 的人或其机构的工作人员可以删除该项。
cmd-agenda-poll-summary = 让成员为会议提出议程项，再对其排序。
cmd-agenda-poll-help = 针对某机构会议即将举行的场次，或使用 `--date` 针对当天的场次：机构中资格有效的成员在 `--propose` 期间用 `!agenda propose` 提出议程项，然后在 `--rank` 期间通过排序投票对其排序。按即时决选计票的顺序（票数相同时先提出者在前），前 `--top` 项（默认 5 项）列入该场次的议程，排在已有议程项之后。两个期限都必须在会议开始前结束，每个场次同一时间只能有一个议程征集。安排会议的人和其机构的工作人员可以发起。
cmd-agenda-propose-summary = 在议程征集中提出议程项。
cmd-agenda-propose-help = 议程征集接受提议期间，其机构中每位资格有效的成员都可以提出议程项，每项最多 100 个字符，总共最多 20 项；同一议程项不能重复提出。提议按提出的顺序成为排序投票的选项。ID 是议程征集的编号。
cmd-agenda-proposals-summary = 列出议程征集的提议。
cmd-agenda-proposals-help = 显示议程征集目前收到的提议、每项由谁提出，以及所处阶段：接受提议、在投票中排序或已结束。ID 是议程征集的编号。
agenda-poll-opened = 已为会议 #{ $id }“{ $title }”（{ $time }）发起议程征集 #{ $poll }。
agenda-poll-how = `{ $body }` 的成员可在 { $propose } 之前用 `!agenda propose #{ $poll } "文本"` 提出议程项；之后在 { $rank } 之前对其排序，前 { $top } 项列入议程。
agenda-proposed = 议程征集 #{ $poll }（会议 #{ $id }“{ $title }”）的第 { $number } 项提议：{ $text }
agenda-proposals-title = 会议 #{ $id }“{ $title }”（{ $time }）的议程征集 #{ $poll }，{ $count ->
    [0] 尚无提议
   *[other] 共 { $count } 项提议
}。{ $state }
agenda-poll-state-proposing = 提议截止时间为 { $at }。
agenda-poll-state-ranking = 成员正在投票 #{ $vote } 中排序，截止时间为 { $at }。
agenda-poll-state-done = 已结束。
agenda-poll-no-proposals = 会议 #{ $id }“{ $title }”（{ $time }）的议程征集 #{ $poll } 已结束：没有人提出议程项。
agenda-poll-one-proposal = 会议 #{ $id }“{ $title }”（{ $time }）的议程征集 #{ $poll } 只收到一项提议：无需排序，直接列入议程。
agenda-poll-ranking = 会议 #{ $id }“{ $title }”（{ $time }）的提议已截止（议程征集 #{ $poll }）：共 { $count } 项提议。请在投票 #{ $vote } 中排序；前 { $top } 项列入议程。
agenda-poll-done = 投票 #{ $vote } 已对议程征集 #{ $poll } 的提议排序：{ $count ->
    [0] 没有议程项
   *[other] { $count } 项
}列入会议 #{ $id }“{ $title }”（{ $time }）的议程。
agenda-poll-left-out = 另有 { $count } 项提议未能列入：一份议程最多 { $max } 项。
err-agenda-poll-no-body = 会议 #{ $id } 不属于任何机构：议程征集面向机构成员，因此需要在已关联机构的房间中安排的会议。
err-agenda-poll-too-late = 提议和排序将于 { $ends } 结束，晚于会议 #{ $id }“{ $title }”的开始时间 { $time }。请缩短期限，或用 `--date` 选择更晚的场次。
err-agenda-poll-running = 会议 #{ $id }“{ $title }”（{ $time }）已有议程征集 #{ $poll }：每个场次同一时间只能有一个。
err-agenda-propose-not-member = 议程征集 #{ $poll } 只接受 `{ $body }` 资格有效的成员的提议，而您不在其中。
err-agenda-propose-closed = 议程征集 #{ $poll } 已于 { $at } 停止接受提议。
err-agenda-proposal-twice = 议程征集 #{ $poll } 已有这项提议：{ $number }. { $text }
err-agenda-proposals-full = 议程征集 #{ $poll } 已有 { $max } 项提议，这是一次投票能排序的上限。

## Attendance, quorum and the speaking queue
cmd-body-quorum-summary = 查看或设定机构的法定人数。
cmd-body-quorum-help = 给出成员的比例（`50%`，向上取整到整人数）或人数（`12`）；`none` 取消规则。成员指在该机构中拥有任一角色的所有人。规则由该机构的工作人员或管理员设定；省略规则即可查看，任何人都可以。点名（`!meeting attendance`）会据此核对。
cmd-meeting-attendance-summary = 为进行中的会议点名，并核对法定人数。
cmd-meeting-attendance-help = 第一次使用时，为正在进行（或 30 分钟内开始）的场次开启点名，并提供“到场”或“远程出席”的选项。再次使用可查看谁已出席、机构的法定人数是否达到。会议的安排者、其机构的工作人员和管理员可以使用。每个场次单独留有记录。 加上 `--date`，能看到该会议的人都可以查看当天场次的出席记录。
cmd-meeting-present-summary = 回应进行中会议的点名。
cmd-meeting-present-help = 将您登记为正在进行（或 30 分钟内开始）的场次的出席者。远程参加请加上 `remote`；再次回答会替换之前的回答。
cmd-hand-raise-summary = 举手申请发言（`!hand`）。
cmd-hand-raise-help = 将您排到本房间发言队列的末尾。远程发言请加上 `remote`，现场发言可加 `in-person`；不加时，以您在进行中会议点名时的回答为准。
cmd-hand-down-summary = 放下手。
cmd-hand-down-help = 将您移出本房间的发言队列。
cmd-queue-show-summary = 查看谁在等待发言（`!queue`）。
cmd-queue-show-help = 按顺序列出本房间的发言队列，标明谁远程参加以及每人已等待多久。
cmd-queue-clear-summary = 清空发言队列（主持人）。
cmd-queue-clear-help = 主持人是在此安排了进行中会议的人、本房间所属机构的工作人员或管理员。
cmd-next-summary = 请队列中的第一位发言（主持人）。
cmd-next-help = 点名第一位等待者，将其移出队列，并说明下一位是谁。只有主持人可以这样做：在此安排了进行中会议的人、本房间所属机构的工作人员或管理员。
param-rule = 法定人数规则：50%（成员比例）、12（人数）或 none
param-presence = 远程参加填 remote，否则填 in-person
body-quorum-percent = **{ $name }**（`{ $short }`）的法定人数为成员的 { $percent }%：目前为 { $members } 人中的 { $needed } 人。
body-quorum-count = **{ $name }**（`{ $short }`）的法定人数为 { $needed } 名成员出席；目前共有 { $members } 名成员。
body-quorum-none = **{ $name }**（`{ $short }`）没有法定人数规则。工作人员可以设定，例如 `!body quorum { $short } 50%`。
body-quorum-set-percent = 从现在起，**{ $name }**（`{ $short }`）的法定人数为成员的 { $percent }%：目前为 { $members } 人中的 { $needed } 人。
body-quorum-set-count = 从现在起，**{ $name }**（`{ $short }`）的法定人数为 { $needed } 名成员出席；目前共有 { $members } 名成员。
body-quorum-set-none = **{ $name }**（`{ $short }`）不再有法定人数规则。
err-meeting-not-under-way = 会议 #{ $id } 目前没有在进行：下一场次开始于 { $time }。点名在开始前 { $minutes } 分钟开放。
err-attendance-not-yours = 只有安排会议 #{ $id } 的人、其机构的工作人员或管理员可以点名。
attendance-open = 📋 会议 #{ $id } “{ $title }”（{ $time }）点名：谁在场？
attendance-choice-present = 到场
attendance-choice-remote = 远程出席
attendance-present = 已登记您出席会议 #{ $id } “{ $title }”（{ $time }）。
attendance-present-remote = 已登记您远程出席会议 #{ $id } “{ $title }”（{ $time }）。
attendance-report = 📋 会议 #{ $id } “{ $title }”（{ $time }）点名：
attendance-nobody = 还没有人回应。
attendance-line = { $name }
attendance-line-remote = { $name } · 🌐 远程
attendance-line-guest = { $name } · 非成员，不计入
attendance-line-guest-remote = { $name } · 🌐 远程 · 非成员，不计入
attendance-tally-no-body = 出席 { $present } 人{ $remote ->
    [0] {""}
   *[other] （其中远程 { $remote } 人）
}。
attendance-tally-no-rule = { $members } 名成员中出席 { $present } 人{ $remote ->
    [0] {""}
   *[other] （其中远程 { $remote } 人）
}；`{ $short }` 没有法定人数规则。
attendance-tally-percent-reached = { $members } 名成员中出席 { $present } 人{ $remote ->
    [0] {""}
   *[other] （其中远程 { $remote } 人）
}；法定人数 { $needed }（{ $percent }%）：**已达到**。
attendance-tally-percent-missing = { $members } 名成员中出席 { $present } 人{ $remote ->
    [0] {""}
   *[other] （其中远程 { $remote } 人）
}；法定人数 { $needed }（{ $percent }%）：**未达到**，还差 { $missing } 人。
attendance-tally-count-reached = { $members } 名成员中出席 { $present } 人{ $remote ->
    [0] {""}
   *[other] （其中远程 { $remote } 人）
}；法定人数 { $needed }：**已达到**。
attendance-tally-count-missing = { $members } 名成员中出席 { $present } 人{ $remote ->
    [0] {""}
   *[other] （其中远程 { $remote } 人）
}；法定人数 { $needed }：**未达到**，还差 { $missing } 人。
err-queue-direct = 发言队列属于会议房间，不属于私聊。
err-not-chair = 只有主持人可以这样做：在此安排了进行中会议的人、本房间所属机构的工作人员或管理员。
err-queue-not-in = 您不在本房间的发言队列中。
err-queue-empty = 没有人在等待发言，无人可请。
queue-raised = ✋ { $name } 举手：排在队列第 { $position } 位。
queue-already = 您已在队列中，排在第 { $position } 位。
queue-already-remote = 您已在队列中，排在第 { $position } 位；现已标明您远程发言。
queue-already-in-person = 您已在队列中，排在第 { $position } 位；现已标明您在现场发言。
queue-lowered = { $name } 放下了手。
queue-empty = 没有人在等待发言。
queue-title = { $count } 人在等待发言：
queue-line = { $position }. { $name } — 已等待{ $minutes ->
    [0] 不到一分钟
   *[other] { $minutes } 分钟
}
queue-line-remote = { $position }. { $name } · 🌐 远程 — 已等待{ $minutes ->
    [0] 不到一分钟
   *[other] { $minutes } 分钟
}
queue-floor = 🎤 { $who }，请您发言。
queue-floor-remote = 🎤 { $who }，请您发言（🌐 远程）。
queue-next-up = 下一位：{ $name }（{ $count } 人在等待）。
queue-cleared = { $count ->
    [0] 发言队列本来就是空的。
   *[other] 发言队列已清空：移除了 { $count } 人。
}
err-attendance-no-record = 会议 #{ $id } 在 { $date } 没有已开始或即将开始的场次；出席情况从开始前 30 分钟起记录。

## Failed sends

category-outbox = **投递**
cmd-outbox-list-summary = 列出未能送达的消息（`!outbox`）。
cmd-outbox-list-help = 按从新到旧的顺序显示 Quorum 已放弃的发送：编号、平台、发往何处、何时失败、尝试了几次以及原因——从不显示消息内容。平台永久拒绝时（私信已关闭、缺少权限、未知用户或房间），发送立即失败；临时故障持续一天（默认）后也会失败。工作人员可看到发往其机构房间的发送，以及发给在该机构中拥有角色者的私信；管理员可看到全部。
cmd-outbox-retry-summary = 重试一次失败的发送。
cmd-outbox-retry-help = 将失败的发送放回队列：立即重试；如果仍因临时原因失败，则再重试一天。请先消除原因：成员开放私信，或机器人获得权限、重新受邀。
outbox-none = 没有失败的发送：所有消息均已送达或仍在尝试中。
outbox-title = { $count } 条失败的发送（从新到旧）：
outbox-line = #{ $id } · { $platform } · { $kind ->
    [room] 房间 { $to }
    [direct] 发给 { $to } 的私信
   *[other] 未知收件人
} · 于 { $time } 失败，共尝试 { $attempts } 次 · { $failure ->
    [permanent] 被拒绝
    [expired] 已放弃
    [unreadable] 无法读取
   *[other] 失败
}：{ $reason }
outbox-more = …… 另有 { $count } 条。
outbox-retried = 发送 #{ $id } 已放回队列，现在将重试。
err-outbox-pending = 发送 `#{ $id }` 并未失败：仍在尝试中。
err-outbox-sent = 发送 `#{ $id }` 并未失败：已经送达。

## Input: one time per command, zones, dates and command names

err-unknown-subcommand-suggest = 命令 `{ $command }` 没有子命令 `{ $name }`。您是不是想输入 `{ $suggestion }`？
err-date-out-of-range = “{ $value }”超出了 Quorum 可安排的年份范围：请给出 { $from } 年至 { $to } 年之间的日期。
err-two-times = 时间只能指定一次：`{ $first }` 和“{ $second }”都指定了时间。如果“{ $second }”是提醒内容的一部分，请把内容放在引号中。
err-zone-with-duration = 延迟（`in …`）从现在开始计算，因此时区“{ $zone }”不起作用：请删去它，或用 `at` 指定时间。如果它是提醒内容的一部分，请把内容放在引号中。
zone-fixed-offset = 注意：“{ $given }”是全年固定的时差（{ $offset }），不实行夏令时。写这个的人通常指的是 `{ $zone }`；请改用该时区，以全年跟随当地时间。
zone-fixed-offset-nowhere = 注意：“{ $given }”是全年固定的时差（{ $offset }），不实行夏令时；如需跟随某地的时间，请指定该地的时区，例如 `Europe/Zurich`。

## Times said with how far off they are, and lengths of time
time-ahead = { $time }（{ $ahead }）
ahead-now = 现在
ahead-minutes = { $count } 分钟后
ahead-hours = { $count } 小时后
ahead-hours-minutes = { $hours } 小时 { $minutes } 分钟后
ahead-tomorrow = 明天
ahead-days = { $count } 天后
duration-minutes = { $count } 分钟
duration-hours = { $count } 小时
duration-hours-minutes = { $hours } 小时 { $minutes } 分钟
duration-days = { $count } 天

## A body's language
cmd-body-lang-summary = 查看或设置某机构各房间的语言。
cmd-body-lang-help = Quorum 主动发到该机构各房间的消息（会议提醒、发给房间的提醒）使用此语言；回复个人时仍使用其本人的语言。该机构的工作人员可以更改。
body-lang-current = `{ $body }` 的房间以 `{ $lang }` 接收消息。可选：{ $choices }。
body-lang-set = `{ $body }` 的房间今后将以 `{ $lang }` 接收消息。

## Repetitions in words
repeat-hourly = 每小时
repeat-days = { $interval ->
    [1] 每天
   *[other] 每 { $interval } 天
} { $time }
repeat-weekdays = 每个工作日 { $time }
repeat-weekends = 每个星期六和星期日 { $time }
repeat-weekly = { $interval ->
    [1] 每周
   *[other] 每 { $interval } 周
} { $time }
repeat-weeks = { $interval ->
    [1] 每周
   *[other] 每 { $interval } 周
}的{ $days } { $time }
repeat-months-day = { $interval ->
    [1] 每月
   *[other] 每 { $interval } 个月
}的 { $day } 日 { $time }
repeat-months-nth = { $interval ->
    [1] 每月
   *[other] 每 { $interval } 个月
}的{ $nth ->
    [1] 第一个
    [2] 第二个
    [3] 第三个
    [4] 第四个
    [5] 第五个
   *[last] 最后一个
}{ $weekday ->
    [mon] 星期一
    [tue] 星期二
    [wed] 星期三
    [thu] 星期四
    [fri] 星期五
    [sat] 星期六
   *[sun] 星期日
} { $time }
repeat-cron = 按 cron 计划 `{ $cron }`
weekday-name = { $day ->
    [mon] 星期一
    [tue] 星期二
    [wed] 星期三
    [thu] 星期四
    [fri] 星期五
    [sat] 星期六
   *[sun] 星期日
}
list-pair = { $first }、{ $rest }
list-last-pair = { $first }和{ $rest }

## Applications
category-applications = **入会申请**
cmd-apply-to-summary = 申请加入某个机构。
cmd-apply-to-help = 私下开始您对该机构的申请：Quorum 在您的私聊中逐一提问，您用普通消息（不加 `!`）回答每个问题。标准问题包括您的全名、所属组织（没有请写 `-`）、所在国家（两个字母的 ISO 代码，如 `CH`）以及您希望加入的原因；机构还可以添加自己的问题。您随时可以用 `!apply cancel` 停止，重启后也可从中断处继续。随后由机构的委员会批准或拒绝，并在这里用您的语言通知您。
cmd-apply-answers-summary = 一次回答申请中接下来的问题。
cmd-apply-answers-help = 按顺序回答正在填写的申请中接下来的问题：每个词或引号内的文字为一个回答。在显示表单的平台（Discord）上，单独使用 `apply answers` 会打开接下来问题的表单。被拒绝的回答之前的回答会保留；被拒绝的问题会再次提问。
cmd-apply-cancel-summary = 撤回您未结的申请。
cmd-apply-cancel-help = 撤回您正在填写或正在等待决定的申请。之后您可以再次申请。
cmd-apply-status-summary = 查看您的申请及其状态。
cmd-apply-status-help = 列出您的申请：所申请的机构，以及每份申请是正在填写（`drafting`）、等待委员会（`pending`）、已提交委员会表决（`referred`），还是 `approved`、`rejected` 或 `withdrawn`。
cmd-apply-questions-summary = 查看申请加入某机构需回答的问题。
cmd-apply-questions-help = 按顺序列出申请加入该机构需回答的问题：先是四个标准问题，然后是该机构自己的问题。
cmd-applications-summary = 列出某机构收到的申请。
cmd-applications-help = 列出该机构（未指定时为本房间的机构）收到的申请，默认显示等待决定的申请；`--status` 显示某一状态的申请，或 `all`。供机构委员会（`exec`）和工作人员私下查看。
cmd-application-show-summary = 查看一份申请的回答。
cmd-application-show-help = 显示一份申请及其每个回答，以及当时提出的问题。供机构委员会和工作人员私下查看。
cmd-application-approve-summary = 批准一份申请。
cmd-application-approve-help = 申请人成为该机构的成员：获得 `member` 角色，被邀请进入机构的房间并获得各平台的成员角色，并以其语言收到欢迎消息。
cmd-application-reject-summary = 拒绝一份申请并说明理由。
cmd-application-reject-help = 以申请人的语言通知申请人，并附上您给出的理由。
cmd-application-refer-summary = 将申请提交委员会表决。
cmd-application-refer-help = 将一份等待中的申请标记为已提交机构委员会表决；随后由委员会根据结果批准或拒绝。仅限工作人员。
apply-started = 申请 #{ $id }，申请加入 **{ $body }**（`{ $short }`）：共 { $count } 个问题。请在此用消息逐一回答；`!apply cancel` 可停止。
apply-resumed = 加入 `{ $body }` 的申请 #{ $id } 从您中断处继续：
apply-question = 第 { $number } 题（共 { $total } 题）：{ $question }
apply-question-line = { $number }. { $question }
apply-q-name = 您的全名是什么？
apply-q-organisation = 您属于哪个组织？没有请写 `-`。
apply-q-country = 您在哪个国家？请写两个字母的代码，如 `CH`、`KE` 或 `BR`。
apply-q-motivation = 您为什么希望加入？
apply-q-body = { $text }
apply-started-form = 申请 #{ $id }（**{ $body }**，`{ $short }`）：共 { $count } 个问题，以表单填写。
apply-form-title = 申请：第 { $from }–{ $to } 题，共 { $total } 题
apply-form-open = 回答问题
apply-form-next = 申请 #{ $id }（`{ $body }`）继续以下问题：
apply-answers-noted = 已记录 { $count } 个回答。
apply-field-name = 全名
apply-field-organisation = 组织（无则填 -）
apply-field-country = 国家（两字母代码）
apply-field-motivation = 您为什么想加入？
apply-field-own = 问题 { $number }
err-apply-nothing-to-answer = 您没有正在填写的申请。`!apply 机构` 可开始申请。
err-apply-too-many-answers = 共 { $given } 个回答，但只剩 { $left } 个问题。
apply-answer-noted = 已记录：{ $answer }
apply-submitted = 谢谢：加入 **{ $body }**（`{ $short }`）的申请 #{ $id } 已填写完毕。委员会将作出决定，并在这里通知您。`!apply status` 可查看其状态。
apply-nothing-asked = 这里已没有待回答的问题：您的申请已有决定或已撤回。`!apply status` 可查看其状态。
apply-withdrawn = 加入 `{ $body }` 的申请 #{ $id } 已撤回。
apply-status-none = 您尚未申请加入任何机构。`!apply 机构` 可开始申请。
apply-status-title = 您的申请（{ $count } 份）：
apply-status-line = #{ $id } · `{ $body }` · { $status }
apply-questions-title = 申请加入 `{ $body }` 需回答：
apply-question-added = 已为加入 `{ $body }` 的申请添加第 { $number } 题：{ $text }
apply-question-removed = 已从加入 `{ $body }` 的申请中删除第 { $number } 题。
application-vote-opened = 委员会将通过投票 #{ $poll } 决定（`!poll vote #{ $poll } yes|no|abstain`），开放 { $days } 天：通过则批准申请，否则拒绝。
apply-approved = 欢迎加入 **{ $body }**（`{ $short }`）：您的申请已获批准，您现在是成员了。您将收到其房间的邀请。
apply-rejected = 您加入 **{ $body }** 的申请未获接受。委员会的理由：{ $reason }
applications-none = `{ $body }` 没有该状态的申请。
applications-title = `{ $body }` 收到的申请（{ $count } 份）：
application-line = #{ $id } · { $applicant } · { $status } · 自 { $created }
application-answer = { $number }. { $question } — { $answer }
application-decided = { $applicant } 加入 `{ $body }` 的申请 #{ $id }：{ $status }。
err-apply-member = 您已经是 `{ $body }` 的成员。
err-apply-already = 您已申请加入 `{ $body }`：申请 #{ $id } 的状态为 { $status }。`!apply status` 可查看；`!apply cancel` 可撤回。
err-apply-finish-first = 请先完成或撤回您加入 `{ $body }` 的申请 #{ $id }：在这里回答其问题，或发送 `!apply cancel`。
err-apply-none-open = 您没有可撤回的未结申请。
err-apply-country = “{ $value }”不是国家代码。请写该国两个字母的 ISO 代码，如瑞士为 `CH`，肯尼亚为 `KE`。
err-apply-questions-full = `{ $body }` 已有 { $max } 个自己的问题：请先删除一个。
err-apply-question-standard = 第 { $number } 题是每份申请都会提出的标准问题；只能删除机构自己的问题（第 5 题起）。
err-application-decided = 申请 #{ $id } 的状态为 { $status }：它不在等待决定。

## Onboarding
cmd-onboarding-show-summary = 查看您在某机构的入门清单。
cmd-onboarding-show-help = 显示该机构为新成员准备的入门清单以及您已完成的项目（未指定时为本房间的机构）。工作人员可以指定成员查看其清单。
cmd-onboarding-done-summary = 勾选入门清单中的一项。
cmd-onboarding-done-help = 将该编号的项目标记为已完成。工作人员可以替指定的成员勾选。在全部完成之前，Quorum 每三天提醒一次，最多十次。
cmd-onboarding-items-summary = 查看或修改某机构的入门清单。
cmd-onboarding-items-help = 显示机构新成员在申请获批时收到的清单；工作人员可以添加项目（最多 20 项，每项最多 300 个字符）或按编号删除一项。
onboarding-item = { $done ->
    [yes] ✅
   *[no] ⬜
} { $number }. { $text }
onboarding-none = 您在 `{ $body }` 没有入门清单。
onboarding-none-for = { $who } 在 `{ $body }` 没有入门清单。
onboarding-title = { $left ->
    [0] 您在 `{ $body }` 的入门已全部完成：
   *[other] 您在 `{ $body }` 的入门：还剩 { $left } 项（共 { $total } 项）。
}
onboarding-title-for = { $who } 在 `{ $body }` 的入门：还剩 { $left } 项（共 { $total } 项）。
onboarding-how = 用 `!onboarding done 编号` 勾选一项。
onboarding-already = 第 { $number } 项（{ $text }）已经完成。
onboarding-ticked = 已完成：{ $number }. { $text } — 还剩 { $left } 项。
onboarding-complete = 已完成：{ $number }. { $text } — 您在 `{ $body }` 的入门已全部完成。欢迎加入！
onboarding-items-none = `{ $body }` 还没有入门清单。
onboarding-items-title = `{ $body }` 的入门清单：
onboarding-item-line = { $number }. { $text }
onboarding-item-added = 已向 `{ $body }` 的入门清单添加第 { $number } 项：{ $text }
onboarding-item-removed = 已从 `{ $body }` 的入门清单删除第 { $number } 项。
onboarding-reminder = 您在 `{ $body }` 的入门：还剩 { $left } 项：
onboarding-welcome = 入门步骤：
err-onboarding-full = `{ $body }` 的清单已有 { $max } 项：请先删除一项。

## Member records and the directory
category-members = **成员**
cmd-member-list-summary = 分页列出本机构的成员。
cmd-member-list-help = 筛选：`--group`、`--region`（africa、americas、asia、europe、oceania 或 M49 代码）、`--country`（ISO 代码，如 `FR`）、`--status`（applicant、active、renewal-due、lapsed、former、suspended）和 `--kind`（person 或 organisation）。成员只能看到资格有效的成员和机构公开的字段，也只能按这些字段筛选；秘书处可以看到所有记录和字段。私下发送。
cmd-member-show-summary = 显示一条成员记录。
cmd-member-show-help = 秘书处可以看到所有字段，包括备注；成员只能看到公开字段，以及不含秘书处备注的本人记录。
cmd-member-add-summary = 添加成员记录。
cmd-member-add-help = 用引号给出姓名，或用 `@用户` 让记录归其本人。国家为 ISO 3166 代码，并据此确定联合国区域。有账户的人可以代表一个组织（`--represents ID`）；`--voting` 使其成为代表该组织投票的人。不指定 `--status` 时，成员自今日起为在籍。
cmd-member-edit-summary = 修改成员记录。
cmd-member-edit-help = 秘书处可以修改任何字段；`-` 表示清空（`--notes -`）。成员可以修改本人记录中的语言和性别。状态：申请人可转为在籍，任何人可转为前成员，前成员可重新在籍；“待续期”和“已失效”由续期日期决定。
cmd-member-suspend-summary = 暂停成员资格，并说明原因。
cmd-member-suspend-help = 被暂停的成员在恢复之前不计入法定人数、投票和选举。此变更记入审计日志。
cmd-member-reinstate-summary = 恢复被暂停的成员资格。
cmd-member-reinstate-help = 成员重新在籍；如果续期日期已过，则立即转为待续期或失效。
cmd-member-renew-summary = 续期成员资格。
cmd-member-renew-help = 在籍、待续期或已失效的资格重新在籍，直到给定日期，或当前续期日期后一年。
cmd-member-remove-summary = 删除成员记录。
cmd-member-remove-help = 删除的记录无法恢复：不加 `--yes` 时 Quorum 会先确认。若要保留历史，请改为将其设为前成员。
cmd-member-public-summary = 显示或选择成员可见的字段。
cmd-member-public-help = 字段：kind、organisation、group、country、region、languages、status、joined、renewal，或 `none`。姓名始终显示；性别和秘书处备注从不显示。
cmd-member-policy-summary = 显示或设置本机构的续期规则。
cmd-member-policy-help = `--notice`：在续期日期前多少天提醒成员（并转为待续期）；`--grace`：未续期时在该日期后多少天失效。
cmd-member-import-summary = 从 CSV 文件导入成员记录。
cmd-member-import-help = 第一行为列名：name（必填）、kind、organisation、group、country、languages、gender、status、joined、renewal、notes。可用逗号、分号或制表符分隔；接受字节顺序标记和引号内的换行。不加 `--commit` 时不写入任何内容：Quorum 检查每一行并指出每个有误的行。加 `--commit` 时，所有行一次写入，否则一行也不写。文件在运行 Quorum 的机器上读取，因此导入需在控制台进行。
cmd-member-export-summary = 将成员记录导出为 CSV 文件。
cmd-member-export-help = 所有记录及全部字段，包括秘书处备注：请妥善保管该文件。文件可以重新导入。
cmd-member-stats-summary = 显示成员构成的平衡情况。
cmd-member-stats-help = 按利益相关方群体、区域和性别统计资格有效成员的人数和比例。少于 5 人的组会被合并，小数目不予显示，以免任何人被识别。
param-account = 成员的账户，如 @alice
param-kind = person（个人）或 organisation（组织）
param-org = 所属组织
param-group = 利益相关方群体
param-country = 国家代码，如 FR 或 KE
param-languages = 语言代码，如 en,fr
param-gender = 本人申报的性别，仅用于平衡统计
param-status = 成员资格状态
param-joined = 加入日期，如 2026-01-15
param-renewal = 续期日期，如 2027-01-15
param-represents = 组织的记录编号，如 #3
param-voting = 设为该组织的投票代表
param-notes = 仅供秘书处的备注
param-region = 区域：africa、americas、asia、europe 或 oceania
param-page = 页码
param-answers = 您的回答，按顺序
param-reason = 原因
param-until = 新的续期日期
param-fields = 成员可见的字段
param-grace = 续期日期后多少天资格失效
param-notice = 续期日期前多少天提醒成员
param-path = CSV 文件的路径
param-commit = 写入记录（不加则只检查）
member-status = { $status ->
    [applicant] 申请人
    [active] 在籍
    [renewal-due] 待续期
    [lapsed] 已失效
    [former] 前成员
   *[suspended] 已暂停
}
member-kind = { $kind ->
    [organisation] 组织
   *[person] 个人
}
member-region = { $region ->
    [africa] 非洲
    [americas] 美洲
    [asia] 亚洲
    [europe] 欧洲
    [oceania] 大洋洲
   *[none] 无区域
}
member-gender = { $gender ->
    [woman] 女性
    [man] 男性
    [non-binary] 非二元
   *[other] 其他
}
member-detail-text = { $text }
member-detail-code = `{ $code }`
member-detail-pair = { $first } · { $rest }
member-line = #{ $id } **{ $name }**
member-line-details = #{ $id } **{ $name }** — { $details }
member-field = { $field ->
    [kind] 类型
    [organisation] 组织
    [group] 利益相关方群体
    [country] 国家
    [region] 区域
    [languages] 语言
    [status] 状态
    [joined] 加入日期
    [renewal] 续期日期
    [reason] 原因
    [gender] 性别
    [account] 账户
   *[notes] 秘书处备注
}：{ $value }
member-show-title = 成员 #{ $id }：**{ $name }**
member-represents = 代表 #{ $id } { $name }
member-represents-voting = 代表 #{ $id } { $name }（投票代表）
member-no-representatives = 尚无代表。
member-representatives = 代表：
member-representative = #{ $id } { $name }
member-representative-voting = #{ $id } { $name }（代表组织投票）
member-public-current = `{ $body }` 的成员可以看到这些字段：{ $fields }。
member-public-set = 从现在起，`{ $body }` 的成员可以看到这些字段：{ $fields }。
member-policy-current = 在 `{ $body }`，成员会在续期日期前 { $notice } 天收到提醒，未续期的资格在该日期后 { $grace } 天失效。
member-policy-set = 从现在起，在 `{ $body }`，成员会在续期日期前 { $notice } 天收到提醒，未续期的资格在该日期后 { $grace } 天失效。
member-list-empty = `{ $body }` 中没有符合条件的成员。
member-list-title = `{ $body }` 共 { $count } 名成员，第 { $page } 页，共 { $pages } 页：
member-list-next = 下一页：`{ $command }`
err-member-page = 没有第 { $page } 页：列表共 { $pages } 页。
err-member-filter-hidden = `{ $flag }` 按 `{ $body }` 成员看不到的字段筛选。
err-member-not-found = 未找到成员记录 `{ $id }`。
err-member-account-taken = { $who } 在这里已有成员记录：`{ $id }`。
err-member-not-organisation = 记录 `{ $id }` 不是可以被代表的组织。
err-member-organisation-account = 组织本身没有账户：请将其人员添加为代表（`--represents`）。
err-member-representative-account = 代表必须有账户：请使用 `--account @USER`。
err-member-voting-alone = 只有组织的代表才能成为其投票代表：请使用 `--represents ID`。
member-added = 已将成员 #{ $id } **{ $name }** 添加到 `{ $body }`（{ $status }）。
err-member-status-change = 成员 #{ $id } 不能以这种方式从“{ $from }”转为“{ $to }”。
member-updated = 成员 #{ $id } **{ $name }** 的记录已更新。
err-member-cannot-suspend = 无法暂停成员 #{ $id }：其状态为“{ $status }”。
member-suspended = 成员 #{ $id } **{ $name }** 已被暂停：{ $reason }
err-member-not-suspended = 成员 #{ $id } 未被暂停：其状态为“{ $status }”。
member-reinstated = 成员 #{ $id } **{ $name }** 已恢复。
err-member-cannot-renew = 无法为成员 #{ $id } 续期：其状态为“{ $status }”。
err-member-renew-past = 新的续期日期 `{ $date }` 必须晚于今天。
member-renewed = 成员 #{ $id } **{ $name }** 已续期至 `{ $date }`。
member-confirm-remove = 删除记录
member-remove-confirm = 永久删除成员 #{ $id } **{ $name }**？此操作无法撤销。
member-removed = 成员记录 #{ $id } **{ $name }** 已删除。
member-renewal-reminder = { $name }，您在 `{ $body }` 的成员资格应于 `{ $date }` 续期。{ $days ->
    [0] 如未续期，将于当天失效。
   *[other] 如未续期，将在 { $days } 天后失效。
} 请联系秘书处。
member-lapsed-notice = { $name }，您在 `{ $body }` 的成员资格已失效：其续期日期为 `{ $date }`。请联系秘书处办理续期。
member-import-cell = 列 `{ $column }`：{ $reason }
err-member-import-empty = 文件中没有成员行。
err-member-import-unreadable = 无法将文件的第一行读取为 CSV。
err-member-import-header = 未知的列“{ $header }”。可用的列：`{ $allowed }`。
err-member-import-header-twice = 列“{ $header }”出现了两次。
err-member-import-no-name = 文件需要有 `name` 列。
err-member-import-too-many = 文件超过 { $max } 行：请拆分。
member-import-unreadable-line = 此行无法读取为 CSV
member-import-cells = 应有 { $expected } 个单元格，实际为 { $found } 个
err-member-import-console = 导入会读取运行 Quorum 的机器上的文件：请在控制台中运行。
err-member-import-too-big = 文件大于 { $megabytes } MB。
err-member-import-read = 无法读取文件“{ $path }”。
err-member-import-encoding = 文件不是 UTF-8 文本：请另存为“CSV UTF-8”。
member-import-bad = { $count } 行中有 { $bad } 行有误；未写入任何内容：
member-import-bad-line = 第 { $line } 行：{ $reason }
member-import-more = ……另有 { $count } 行有误。
member-import-nothing-written = 请改正文件后重新导入。
member-import-ready = 全部 { $count } 行均正确。尚未写入任何内容：运行 `{ $command }` 进行导入。
member-import-done = 已向 `{ $body }` 导入 { $count } 条成员记录。
member-export-ready = `{ $body }` 的 { $count } 条成员记录，CSV 格式。其中包含秘书处备注：请妥善保管。
member-stats-empty = `{ $body }` 尚无资格有效的成员。
member-stats-title = `{ $body }` 的平衡情况：{ $count } 名资格有效的成员。
member-stats-too-few = 成员少于 { $min } 名：不作细分，以免任何人被识别。
member-stats-heading = { $dimension ->
    [group] **按利益相关方群体**
    [region] **按区域**
   *[gender] **按性别**
}
member-stats-line = { $label }：{ $count }（{ $share }%）
member-stats-not-stated = 未说明
member-stats-other = 其他（少于 { $min } 人的组）
member-stats-other-not-stated = 其他及未说明（少于 { $min } 人的组）


## 关联账号
cmd-account-link-summary = 将您在多个平台上的账号关联为同一名成员。
cmd-account-link-help = 不带代码时，给您一个一次性关联代码，仅在私信中提供（在 Discord 上任何命令均可：其他人看不到）。请在 10 分钟内，从您在另一平台上的账号私信 Quorum 发送 `!account link CODE`：两个账号将成为同一名成员，即申请代码的那名成员。另一名成员拥有的一切（角色、提醒、答复、议程事项、出席记录）都并入其中；两者都有相同内容时，保留申请代码的成员的那一份。代码只能使用一次，输错 5 次即被锁定。每名成员在每个平台上只有一个账号。如果另一名成员拥有记录（解除关联后不会转回），会先征求您的确认：加上 `--yes` 即可继续。
cmd-account-unlink-summary = 解除您在某一平台上的账号关联。
cmd-account-unlink-help = 使您在该平台上的账号重新成为一名独立成员，不带任何角色；您的记录和角色保留在您的其他账号上。不能解除您唯一账号的关联。
whoami-account = { $platform } 账号：`{ $user }`（{ $name }）
account-code-issued = 您的关联代码是 `{ $code }`。请在 { $until } 之前，从您在另一平台上的账号私信 Quorum 发送 `!account link { $code }`。该代码只能使用一次，并会取代您之前申请的任何代码。
account-linked = 您的 { $platform } 账号 `{ $user }` 现已关联到 { $id } 号成员，该成员拥有以下账号：
account-merged = { $gone } 号成员拥有的一切现在都属于 { $id } 号成员；两者都有相同内容时，保留了 { $id } 号成员的那一份。
account-linked-notice = { $platform } 账号 `{ $user }` 刚刚使用您申请的关联代码关联到了您（{ $id } 号成员）。如果这不是您本人操作，请立即用 `!account unlink { $platform }` 解除关联。
account-link-confirm = 您账号所属的 { $gone } 号成员拥有 { $count } 条记录（角色、提醒、答复、议程事项、出席记录）。关联后它们将转给申请代码的 { $id } 号成员，以后解除关联也不会转回。目前尚未关联任何账号；代码在过期前仍然有效。
account-confirm-link = 关联并转移记录
account-unlinked = 您在 { $platform } 上的账号（`{ $user }`）已解除关联：它现在是 { $id } 号成员，没有任何角色。
account-unlinked-here = 您是从该账号发出的命令：从现在起，它以 { $id } 号成员的身份行事。
account-remaining = { $id } 号成员保留以下账号：
err-account-link-public = 关联代码只在私信中提供：请私信 Quorum 发送 `!account link`。
err-account-code-public = 关联代码只能在私信中使用：这里的其他人可能已看到此代码。如果它是有效代码，现在已失效；请在私信中用 `!account link` 申请新代码。
err-link-code-format = 这不是关联代码：代码由三组各四个字母和数字组成，例如 `K7QD-M4XP-9TRW`。
err-link-code-unknown = 没有以 `{ $handle }` 开头的关联代码。请核对，或从您的另一个账号用 `!account link` 申请新代码。
err-link-code-used = 此关联代码已被使用：代码只能使用一次。请用 `!account link` 申请新代码。
err-link-code-expired = 此关联代码已于 { $at } 过期：代码有效期为 10 分钟。请从申请该代码的账号用 `!account link` 申请新代码。
err-link-code-locked = 此关联代码已被锁定：已输错 { $tries } 次，或曾在他人可见的聊天室中发送。申请该代码的人必须用 `!account link` 申请新代码。
err-link-code-wrong = 关联代码错误。再输错 { $left } 次将被锁定。
err-link-code-now-locked = 关联代码错误。这是第 { $tries } 次输错：代码现已锁定，申请该代码的人必须用 `!account link` 申请新代码。
err-link-code-own = 此账号已属于申请此代码的 { $id } 号成员：无需关联。请从您在另一平台上的账号发送该代码。
err-link-code-same-platform = 此代码是在 { $platform } 上申请的：请从您在另一平台上的账号发送。
err-link-platform-taken = 两名成员都有 { $platform } 账号，而每名成员在每个平台上只能有一个账号。请先用 `!account unlink { $platform }` 解除其中一个的关联；代码在过期前仍然有效。
err-unlink-none = 您没有关联的 { $platform } 账号。`!whoami` 会列出您的账号。
err-unlink-only = 您的 { $platform } 账号是您唯一的账号：无从解除关联。

## Your data
cmd-mydata-summary = 获取 Quorum 保存的关于您的全部数据。
cmd-mydata-help = 私下向您发送一个 JSON 文件，包含 Quorum 保存的关于您的一切：设置、账户、角色、成员记录、提醒、回答、出席记录、议程项目、申请，以及审计日志记录的您的操作。不包括工作人员对成员的备注。
cmd-forgetme-summary = 删除您的个人数据。
cmd-forgetme-help = 删除 Quorum 保存的关于您的数据：您的姓名、语言和时区，您的账户（解除关联），您的角色，您的成员记录（匿名保留为前成员，用于统计），以及您写下的内容（提醒、议程项目、申请回答）。出席等统计和审计日志以化名保留。会先要求 `--yes`；无法撤销。
mydata-ready = 这是 Quorum 保存的关于您的全部数据（JSON 文件）。不包括工作人员对成员的备注。
forgetme-ask = 这将删除您的姓名、语言和时区，解除您的账户关联，移除您的角色，将您的成员记录匿名化，并替换您写下的内容（提醒、议程项目、申请回答）。统计和审计日志保留一个化名。此操作无法撤销：请用 `!forgetme --yes` 确认。
forgetme-confirm = 删除我的数据
forgetme-done = 完成：Quorum 已删除您的个人数据。您的账户不再与任何成员关联；如果您再次发言，将从头开始。

## Polls
category-polls = **投票与表决权**
cmd-poll-create-summary = 发起投票：单选或多选、排序、评分或提案表决。
cmd-poll-create-help = 在此房间发起投票：先写问题，再写各个选项（一个词或加引号的文本；2 至 20 个）。默认只能选一项；`--multi` 允许选择多项（`--min`、`--max`）；`--ranked` 要求对选项排序，按即时决选计票并显示每一轮；`--score 0-5` 要求为每个选项打分；`--proposal` 以赞成、反对或弃权表决，可配合 `--majority simple|absolute|2/3` 和 `--quorum 50%`（或一个数字）。`--anonymous` 将投票人与选票分开保存：选票不可更改，结果在截止前不公布。`--body SHORT` 只允许该机构资格有效的成员投票，无论其使用哪些平台，每名成员只有一票（名单在投票开始时确定；`--weighted` 按其投票权重计票）。`--closes 48h` 或 `--closes "2026-12-10 18:00"`（按您的时区）到时自动截止；`--remind 24h` 在截止前相应时间私下提醒尚未投票的人。
cmd-poll-vote-summary = 参加投票，或更改您的投票。
cmd-poll-vote-help = 在投票中投票：一个选项编号（`2`）、多个编号（`1,3`）、从最优先开始的排序（`3 1 2`）、按顺序为每个选项打的分数（`4 0 5`），提案表决则投 `yes`、`no` 或 `abstain`。截止前再次投票会替换您的投票，无记名投票除外。如果您持有他人的代理委托，`--for @member` 代其投票，`--for all` 代所有委托您代理的人投票；在您已将代理委托给他人期间，您不能亲自投票。
poll-ballot-open = 填写我的选票
poll-ballot-score = { $option }（0–{ $max }）
poll-ballot-ranking = 您的排序，最偏好的在前
cmd-poll-ballot-summary = 私下填写投票的选票。
cmd-poll-ballot-help = 私下逐步给您排序投票或评分投票的选票：在 Discord 上是仅您可见的菜单（先选第一选择，再从其余中选下一个……，或为每个选项打分），仅在您确认后以 `!poll vote` 投出；在其他平台上说明如何投票。PICKS 记录已做的选择（`3,1`，或评分，用 `-` 表示尚未打分：`4,-,0`）。
cmd-poll-show-summary = 显示投票及其结果。
cmd-poll-show-help = 显示投票的问题、选项和计票情况：非无记名投票立即显示，无记名投票在截止后显示。排序投票会显示即时决选的每一轮；提案表决会说明是否通过及原因。
cmd-poll-close-summary = 立即结束投票。
cmd-poll-close-help = 在截止时间前结束投票，并在其房间公布结果。投票发起人、其机构的秘书处或管理员可以执行此操作。
cmd-poll-extend-summary = 推迟投票的截止时间。
cmd-poll-extend-help = 为进行中的投票延长时间：从原截止时间起算；如原本没有截止时间，则从现在起算。
cmd-poll-reopen-summary = 重新开启已结束的投票。
cmd-poll-reopen-help = 重新开启已结束的投票；已投的票仍然有效。`--closes` 可设定新的截止时间。
cmd-poll-voters-summary = 查看有多少人可以投票、多少人已投票。
cmd-poll-voters-help = 显示一项投票中有多少人可以投票、多少人已投票。投票进行期间会列出已投票的人（绝不显示其选择）；无记名投票须至少三人投票后才列出。
cmd-poll-export-summary = 以 CSV 文件获取投票结果。
cmd-poll-export-help = 以 CSV 文件发送各选项及其票数；非无记名投票进行期间，其发起人和秘书处还会收到每个人投了什么。
cmd-poll-list-summary = 列出此房间的投票。
cmd-poll-list-help = 列出此房间及其机构中进行中的投票；`--all` 也会列出已结束的投票。
cmd-proxy-give-summary = 委托另一名成员代您投票。
cmd-proxy-give-help = 将您在某机构中的投票代理委托给该机构的另一名成员：由其在该机构的投票和选举中代您投票（`!poll vote #4 2 --for @you`），委托有效期间您不能亲自投票。同一时间只能有一项委托；新的委托会取代旧的委托。`--until DATE` 使委托在该日之后终止。代理人不能将代理再转委托他人。
cmd-proxy-revoke-summary = 收回您的代理委托。
cmd-proxy-revoke-help = 撤销您在该机构中给出的代理委托；您恢复亲自投票。您的代理人已投的票在您亲自投票之前仍然有效。
cmd-proxy-list-summary = 查看您给出的和您持有的代理委托。
cmd-proxy-list-help = 列出您在该机构中给出的代理委托和您持有的代理委托；秘书处可以看到该机构的所有代理委托。
cmd-member-weight-summary = 查看或设置成员的投票权重。
cmd-member-weight-help = 显示或设置在该机构以 `--weighted` 发起的投票和选举中，一名成员的一票计为多少票（未设置时为 1；范围 0 至 1000）。仅限秘书处；记入审计日志。
param-question = 问题
param-options = 各选项，每项为一个词或加引号的文本
param-choice = 您的选择：一个编号、多个编号、排序、分数，或 yes/no/abstain
param-member = 成员：其编号（如 #12）或 @名字
param-weight = 投票权重，0 至 1000
param-all = 也包括已结束的投票
param-anonymous = 将投票人与选票分开保存（无记名投票）
param-closes = 截止时间：48h 或 "2026-12-10 18:00"
param-for = 代您持有其代理委托的 @成员 投票，或 all
param-majority = 所需多数：simple（简单多数）、absolute（绝对多数）或 2/3
param-max = 每位投票人最多可选的选项数
param-min = 每位投票人最少须选的选项数
param-multi = 允许投票人选择多个选项
param-proposal = 对提案投赞成、反对或弃权
param-quorum = 须参加投票的人数：50% 或一个数字
param-ranked = 投票人对选项排序
param-score = 投票人为每个选项打分，例如 0-5
param-weighted = 按成员的投票权重计票
poll-opened = 投票 #{ $id }：**{ $question }** — { $kind }{ $who }{ $closes }
poll-kind-single = 请选择一个选项。
poll-kind-multi = 请选择 { $min } 至 { $max } 个选项。
poll-kind-ranked = 请对选项排序，最优先的排在最前。
poll-kind-score = 请为每个选项打 0 至 { $max } 分。
poll-kind-proposal = 赞成、反对或弃权；须达到 `{ $majority }` 多数。
poll-who-body = 由 `{ $body }` 的 { $count } 名资格有效的成员投票。
poll-who-room = 此房间中的任何人都可以投票。
poll-closes-at = 将于 { $at } 截止。
poll-closes-never = 在有人结束之前一直开放。
poll-flag-anonymous = 无记名投票：投票人与选票分开保存，选票不可更改，结果在截止时公布；已投票者名单须待 { $floor } 人投票后才显示。
poll-flag-weighted = 加权投票：每名成员的投票按其权重计算。
poll-flag-quorum = 法定人数：有投票权者的 `{ $quorum }`。
poll-option = { $number }. { $label }
poll-label = { $text }
poll-yes = 赞成
poll-no = 反对
poll-abstain = 弃权
poll-how = 使用 `!{ $example }` 投票；再次投票即可更改。
poll-how-anonymous = 请使用 `!{ $example }` 投票，尽量私下进行：无记名选票一经投出便不可更改。
poll-vote-recorded = 您在投票 #{ $id } 中的投票已记录：{ $choice }。
poll-vote-changed = 您在投票 #{ $id } 中的投票已更改：{ $choice }。
poll-vote-for = 同时已代 { $names }（共 { $count } 人）投票，您持有其代理委托。
poll-vote-cast-for = 已在投票 #{ $id } 中代 { $names }（共 { $count } 人，您持有其代理委托）投票：{ $choice }。
poll-ballot-cast = { $count ->
    [1] 您在投票 #{ $id } 中的选票已投出。选票与您的姓名分开保存，且不能更改。
   *[other] 投票 #{ $id } 中的 { $count } 张选票已投出。选票与任何姓名分开保存，且不能更改。
}
poll-header = 投票 #{ $id }：**{ $question }** — { $kind }{ $state }
poll-state-open = 进行中。
poll-state-open-until = 开放至 { $at }。
poll-state-closed = 已结束。
poll-state-closed-at = 已于 { $at } 结束。
poll-hidden-until-close = 目前已有 { $count } 票；结果将在截止时公布。
poll-you-voted = 您的投票：{ $choice }。
poll-you-voted-anonymous = 您已投票。
poll-result-line = { $label }：{ $count }（{ $percent }%）{ $bar }
poll-score-line = { $label }：{ $total } 分（平均 { $average } 分）
poll-result-leader = 支持最多：**{ $label }**。
poll-result-tie = 并列支持最多：**{ $labels }**。
poll-result-no-votes = 无人投票。
poll-result-winner = 经即时决选胜出：**{ $label }**。
poll-round = 第 { $round } 轮：{ $standing }；{ $out }（耗尽选票：{ $exhausted }）
poll-round-none-out = 无选项被淘汰
poll-round-out = 淘汰：{ $labels }
poll-round-out-lot = 在同票选项中抽签淘汰：{ $labels }
poll-proposal-passed = **通过**：赞成票达到 `{ $majority }` 多数。
poll-proposal-failed-majority = **未通过**：赞成票未达到 `{ $majority }` 多数。
poll-proposal-failed-quorum = **未通过**：未达到法定人数（`{ $quorum }`，即 { $needed } 人）；投票人数为 { $counted }。
poll-turnout = 共 { $count } 票。
poll-turnout-of = { $seats } 人中有 { $count } 人投票（{ $percent }%）。
poll-turnout-weighted = { $turnout }按权重计票。
poll-closed-title = 投票 #{ $id } 已结束。结果如下：
poll-closed-by = 您已结束投票 #{ $id }。结果如下（也已在其房间公布）：
poll-extended = 投票 #{ $id } 现于 { $at } 截止。
poll-reopened = 投票 #{ $id } 已重新开启，在有人结束之前一直开放。
poll-reopened-until = 投票 #{ $id } 已重新开启，开放至 { $at }。
poll-voters-title = 投票 #{ $id }：{ $turnout }
poll-voter-line = { $name }
poll-voters-withheld = 至少 { $floor } 人投票后才显示已投票者。
poll-export-ready = 投票 #{ $id } 的 CSV 文件：
poll-list-title = { $count } 项投票：
poll-list-line = #{ $id } **{ $question }** — { $state }
poll-list-none = 此处没有进行中的投票。`!poll "Question" "A" "B"` 可发起一项投票。
poll-list-none-all = 此处还没有任何投票。`!poll "Question" "A" "B"` 可发起一项投票。
poll-reminder = 投票 #{ $id } 将于 { $at } 截止，您尚未投票：**{ $question }**
proxy-given = { $holder } 现持有您在 `{ $body }` 中的代理委托：由其代您投票；在您撤销委托（`!proxy revoke`）之前，您不能亲自投票。
proxy-given-until = { $holder } 现持有您在 `{ $body }` 中的代理委托，有效期至 { $until }：由其代您投票；在此之前，除非您撤销委托（`!proxy revoke`），您不能亲自投票。
proxy-revoked = 您在 `{ $body }` 中的代理委托已撤销：您恢复亲自投票。
proxy-list-title = `{ $body }` 中的代理委托：
proxy-list-none = 在 `{ $body }` 中没有与您有关的有效代理委托。
proxy-line = { $giver } → { $holder }（`{ $body }`）
proxy-line-until = { $giver } → { $holder }（`{ $body }`），有效期至 { $until }
member-weight-set = #{ $id } **{ $name }** 的投票权重现为 { $weight }。
member-weight-is = #{ $id } **{ $name }** 的投票权重为 { $weight }。
err-poll-closed = 投票 #{ $id } 已结束。
err-poll-open = 投票 #{ $id } 已在进行中。
err-poll-option-count = 投票需要 2 至 { $max } 个选项；此投票有 { $count } 个。
err-poll-option-twice = 选项“{ $option }”重复出现。
err-poll-proposal-options = 提案表决的选项固定为赞成、反对和弃权：只需给出问题。
err-poll-min-max = `--min { $min }` 和 `--max { $max }` 与 { $count } 个选项不相符。
err-poll-majority-proposal = `--majority` 仅适用于提案表决（`--proposal`）。
err-poll-needs-body = `--quorum`、`--weighted` 和绝对多数都以某个机构的成员为计算基础：请加上 `--body SHORT`。
err-poll-remind-no-close = `--remind` 需要配合 `--closes`：提醒在截止前发送。
err-poll-remind-too-early = 提醒时间将早于现在：请将 `--remind` 设得比距截止的剩余时间更短。
err-poll-choice = “{ $value }”不是有效选项：请选择 1 至 { $count } 之间的编号。
err-poll-choice-twice = 选项 { $choice } 重复出现。
err-poll-choice-count = 请选择 { $min } 至 { $max } 个选项。
err-poll-single = 请只选择一个选项。
err-poll-score-count = 请按顺序为全部 { $count } 个选项各打一个 0 至 { $max } 的分数。
err-poll-score = “{ $value }”不是 0 至 { $max } 之间的分数。
err-poll-proposal-choice = “{ $value }”不是对提案的有效回答：请投 `yes`、`no` 或 `abstain`。
err-poll-anonymous-cast = 您已在投票 #{ $id } 中投过票；无记名选票不可更改。
err-poll-anonymous-cast-for = 投票 #{ $id } 中已代 { $name } 投过票；无记名选票不可更改。
err-poll-not-eligible = 您不能参加投票 #{ $id }：该投票仅限其机构在投票开始时资格有效的成员参加。
err-poll-giver-not-eligible = { $name } 无权参加此投票，因此其代理人也不能代其投票。
err-poll-proxy-given = 您已将代理委托给 { $holder }：由其代您投票。请先撤销委托（`!proxy revoke`），再亲自投票。
err-poll-no-proxy = 您未持有 { $name } 的代理委托。
err-poll-no-proxies = 您未持有任何有权参加此投票者的代理委托。
err-poll-proxy-room = 代理委托只适用于机构的投票（`--body`）；此投票属于房间。
err-poll-not-yours = 只有投票 #{ $id } 的发起人、其机构的秘书处或管理员可以这样做。
err-poll-export-anonymous = 无记名投票 #{ $id } 须在结束后才能导出。
err-proxy-self = 您不能把代理委托给自己。
err-proxy-not-member = 只有 `{ $body }` 中资格有效的成员才能在其中委托代理。
err-proxy-holder-not-member = { $name } 不是 `{ $body }` 中资格有效的成员。
err-proxy-chain = { $name } 已将自己的代理委托给他人：代理委托不能转委托。
err-proxy-none = 您在 `{ $body }` 中没有有效的代理委托。
err-proxy-until-past = 该日期已过。
err-weight-no-record = { $name } 在此机构中没有成员记录。
## 时间投票
category-scheduling = **时间投票**
cmd-when-create-summary = 找出最合适的时间：对候选时段投票（`!when`）。
cmd-when-create-help = 为一次会议提供 2 到 20 个时段，每个时段为所给时区（`--zone`）中的日期和时间，全部放在引号内，用逗号分隔。每个人都在自己的时区看到各时段，并对每个时段回答可以、勉强可以（如有必要）或不可以；结果指出最合适的时段（可以与勉强可以最多者，其次可以最多者，再次最早者）以及它排除了谁。`--duration` 是会议时长（未指定时为 1 小时）。`--closes` 在一段时间后（`3d`）或在投票时区的某个日期和时间（`"2027-01-10 12:00"`）关闭投票，须早于第一个时段，并在此处公布结果。房间所属机构的成员（`member` 或以上）创建的投票由该机构资格有效的成员回答；其他机构的工作人员可用 `--body` 为该机构创建投票；在没有机构的房间里，任何人都可以创建，由房间里的所有人回答。时区中不存在的时段（时钟跳过）或已过去的时段会被拒绝；出现两次的时段（时钟回拨）取第一次。
cmd-when-show-summary = 查看时间投票：以您的时区显示的时段、回答或结果。
cmd-when-show-help = 以您的时区显示每个时段及其可以、勉强可以和不可以的人数。投票开放期间，还显示谁回答了什么（回答不保密）以及谁尚未回答；关闭后显示结果：最合适的时段及它排除了谁。
cmd-when-answer-summary = 回答时间投票：对每个时段回答可以、勉强可以或不可以。
cmd-when-answer-help = 按投票列出的顺序为每个时段给出一个回答，用逗号分隔：`yes`（可以）、`maybe`（勉强可以）或 `no`（不可以），也可以用首字母 `y`、`m`、`n`。投票关闭前，再次回答会替换之前的回答。机构的投票由其资格有效的成员回答（与法定人数的计算方式相同）；没有机构的房间的投票由房间里的任何人回答。
cmd-when-close-summary = 关闭时间投票并公布结果。
cmd-when-close-help = 在截止时间前关闭投票并给出结果：最合适的时段、它排除了谁，以及每个时段的人数。限投票创建者、其机构的工作人员和管理员使用。此后截止时间不再起作用。
cmd-when-list-summary = 列出此处开放的时间投票。
cmd-when-list-help = 列出房间所属机构（房间没有机构时为本房间）开放的时间投票，以及每个投票已有多少人回答。
cmd-when-schedule-summary = 将时间投票的某个时段定为会议。
cmd-when-schedule-help = 在指定时段（其在投票中的编号）为投票所属机构安排会议，使用投票的标题、时区和时长，并照常在一小时前提醒，与 `!meeting schedule` 完全相同；投票随即关闭并标记为已安排。限投票创建者、其机构的工作人员和管理员使用。
param-slots = 时段，放在引号内："2027-01-12 14:00, 2027-01-13 09:00"
param-slot = 时段在投票中的编号，例如 2
when-created = 时间投票 #{ $id }：{ $title }（{ $duration }）。以下哪些时间适合您？
when-slot-line = { $number }. { $time }
when-ambiguous = 时段 { $number }：当晚 { $local } 在 { $zone } 出现两次（时钟回拨）；投票取两者中的第一次。
when-how-body = `{ $body }` 的成员按顺序对每个时段回答 yes（可以）、maybe（勉强可以）或 no（不可以）：`!when answer #{ $id } { $example }`
when-how-room = 此处任何人都可以按顺序对每个时段回答 yes（可以）、maybe（勉强可以）或 no（不可以）：`!when answer #{ $id } { $example }`
when-closes = 投票于 { $time } 关闭；在此之前可以更改回答。
when-no-deadline = 在投票以 `!when close #{ $id }` 关闭之前，可以更改回答。
when-show-open = 时间投票 #{ $id }：{ $title }（{ $duration }），开放中。
when-show-open-until = 时间投票 #{ $id }：{ $title }（{ $duration }），开放至 { $time }。
when-grid-line = { $number }. { $time } — 可以 { $yes } · 勉强可以 { $maybe } · 不可以 { $no }
when-show-no-answers = 尚无回答。
when-show-voters = { $count } 人已回答：
when-voter-line = { $name }：{ $answers }
when-legend = ✅ 可以 · ❔ 勉强可以 · ❌ 不可以
when-show-silent = 尚未回答（{ $count }）：{ $names }
when-show-closed = 时间投票 #{ $id }：{ $title }，已关闭。
when-show-scheduled = 时间投票 #{ $id }：{ $title }，已安排为会议 #{ $meeting }。
when-closed = 时间投票 #{ $id }“{ $title }”已关闭。
when-best = 最合适：时段 { $number }，{ $time }（可以 { $yes }，勉强可以 { $maybe }）。
when-best-none = 没有任何时段得到可以或勉强可以的回答。
when-left-out = 它排除了 { $count } 人：
when-left-no = { $name }（回答不可以）
when-left-silent = { $name }（未回答）
when-left-none = 它没有排除任何人。
when-grid-title = 所有时段：
when-schedule-choice = 将时段 { $number } 定为会议
when-answered = 您对时间投票 #{ $id }“{ $title }”的回答：
when-answered-again = 您对时间投票 #{ $id }“{ $title }”的回答已更改：
when-answer-line = { $number }. { $time }：{ $answer ->
    [yes] 可以
    [maybe] 勉强可以
   *[no] 不可以
}
when-list-none = 此处没有开放的时间投票。`!when "TITLE" --slots "DATE TIME, DATE TIME" --zone ZONE` 可发起一个。
when-list-title = { $count } 个开放的时间投票：
when-list-line = #{ $id } · { $title } · { $answered } 个回答
when-list-line-closes = #{ $id } · { $title } · { $answered } 个回答 · { $time } 关闭
when-scheduled = 时间投票 #{ $id } 已关闭：时段 { $number } 已成为会议 #{ $meeting }。
err-when-slot-count = 时间投票提供 { $min } 到 { $max } 个时段；您给出了 { $count } 个。
err-when-slot-twice = 时段 { $slot } 给出了两次。
err-when-closes-late = 投票将于 { $closes } 关闭，那时第一个时段（{ $first }）已经开始：请给出更早的 `--closes`。
err-when-not-voter = 时间投票 #{ $id } 由 `{ $body }` 资格有效的成员回答，而您不在其中。
err-when-not-open = 时间投票 #{ $id } 已关闭：不再接受回答。
err-when-answer-count = 时间投票 #{ $id } 有 { $slots } 个时段：请按顺序为每个时段给出一个回答（您给出了 { $given } 个）。
err-when-not-yours = 只有创建时间投票 #{ $id } 的人、其机构的工作人员或管理员可以这样做。
err-when-already-closed = 时间投票 #{ $id } 已经关闭。
err-when-scheduled = 时间投票 #{ $id } 已经安排为会议 #{ $meeting }。
err-when-no-slot = 时间投票 #{ $id } 的时段为 1 到 { $slots }：没有时段 { $number }。

## Minutes
category-minutes = **会议纪要**
cmd-startmeeting-summary = 在本房间开始记录会议纪要。
cmd-startmeeting-help = 在此开始记录纪要，由您担任主持人。若本房间有会议正在进行或将在 30 分钟内开始，纪要即属于该会议，其议程提供各项议题。每个房间同时只记录一场会议；两小时无任何发言时会自动结束。
cmd-topic-summary = 进入新议题（主持人）；`!topic next` 取议程的下一项。
cmd-topic-help = 在纪要中记下新议题并宣布。`!topic next` 进入会议议程的下一项。
cmd-info-summary = 在纪要中记下一条信息。
cmd-info-help = 向纪要添加一条信息；任何参会者都可以。
cmd-idea-summary = 在纪要中记下一个想法。
cmd-idea-help = 向纪要添加一个想法；任何参会者都可以。
cmd-agreed-summary = 记录一项决定（主持人；也可用 `!decision`）。
cmd-agreed-help = 记录会议通过的事项。仅主持人可以。
cmd-rejected-summary = 记录会议否决的事项（主持人）。
cmd-rejected-help = 记录会议否决的提议。仅主持人可以。
cmd-action-summary = 记录一项待办及其负责人（主持人）。
cmd-action-help = 为一名或多名负责人（写在最前）记录待办；Quorum 尚不认识的人按名字保存。`--due` 指定截止日期。
cmd-link-summary = 向纪要添加链接。
cmd-link-help = 添加一个 http 或 https 链接，可附说明；任何参会者都可以。
cmd-chair-summary = 让某人担任会议主持人（主持人）。
cmd-chair-help = 主持人记录决定、否决、待办和议题，撤销自己的上一条，并结束会议。
cmd-unchair-summary = 撤销某人的主持人身份（主持人）。
cmd-unchair-help = 撤销某人的主持人身份；会议至少保留一名主持人。
cmd-undo-summary = 从纪要中删除您的上一条（主持人）。
cmd-undo-help = 删除您记录的上一条；其所在行仍保留在记录中。
cmd-here-summary = 表明您出席。
cmd-here-help = 将您记为出席；对于已安排的会议，这也是您对点名的回答。
cmd-endmeeting-summary = 结束会议并发布摘要（主持人）。
cmd-endmeeting-help = 结束纪要，发布决定、按负责人分组的待办和出席者，并将完整纪要存入档案。
cmd-minutes-list-summary = 列出本房间及其机构的会议纪要（`!minutes`）。
cmd-minutes-list-help = 按从新到旧显示最近的会议纪要。
cmd-minutes-show-summary = 显示一份纪要的摘要。
cmd-minutes-show-help = 显示已结束纪要的决定、待办和出席者，以及是否已批准。
cmd-minutes-get-summary = 以文件形式获取完整纪要。
cmd-minutes-get-help = 以 Markdown（默认）、HTML 或纯文本提供完整纪要，每一项都链接到记录中的对应行。
cmd-minutes-search-summary = 搜索会议纪要。
cmd-minutes-search-help = 查找标题或条目中包含该文字的纪要。
cmd-minutes-edit-summary = 更正纪要中的一项（主持人，批准前）。
cmd-minutes-edit-help = 替换已结束且尚未批准的纪要中某一项的文字；此更改会记入审计日志。
cmd-minutes-approve-summary = 批准纪要（主持人）。
cmd-minutes-approve-help = 批准已结束的纪要；批准后的纪要不能再修改。
param-url = 以 https:// 开头的地址
param-due = 截止日期，例如 2026-12-20
param-format = md、html 或 txt
err-minutes-direct = 会议纪要在会议房间中记录，而不是在私聊中。
err-minutes-none = 本房间没有正在记录的会议。用 `!startmeeting` 开始一场。
err-minutes-not-chair = 只有本次会议的主持人可以这样做：开始会议的人、其添加的主持人、本房间所属机构的工作人员或管理员。
err-minutes-running = 本房间已在记录会议 #{ $id }“{ $title }”；请先用 `!endmeeting` 结束它。
err-minutes-no-agenda = 本次会议没有可供取下一议题的议程；请直接写出议题。
err-minutes-agenda-done = 议程的各项都已讨论过。
err-minutes-chair-already = { $who } 已经是主持人。
err-minutes-not-a-chair = { $who } 不是本次会议的主持人。
err-minutes-last-chair = 会议至少需要一名主持人。
err-minutes-nothing-to-undo = 您没有可撤销的条目了。
err-minutes-still-running = 纪要 #{ $id } 仍在记录中。
err-minutes-approved = 纪要 #{ $id } 已批准，不能再更改。
err-minutes-no-item = 纪要 #{ $id } 没有第 { $item } 项。
minutes-untitled = 会议
minutes-started = 📝 纪要 #{ $id }“{ $title }”已开始。
minutes-linked = 它属于 { $time } 的会议 #{ $meeting }。
minutes-agenda = 议程共有 { $count } 项；`!topic next` 依次进入：
minutes-agenda-line = { $position }. { $text }
minutes-started-help = 主持人：`!topic`、`!agreed`、`!rejected`、`!action @负责人 …`、`!undo`、`!endmeeting`。所有人：`!info`、`!idea`、`!link`、`!here`。
minutes-topic = 📌 议题：{ $text }
minutes-kind-topic = 议题
minutes-kind-info = 信息
minutes-kind-idea = 想法
minutes-kind-agreed = 通过
minutes-kind-rejected = 否决
minutes-kind-action = 待办
minutes-kind-link = 链接
minutes-noted = ✓ { $kind }已记为第 { $item } 项。
minutes-chair-added = { $who } 现在是本次会议的主持人。
minutes-chair-removed = { $name } 不再是本次会议的主持人。
minutes-undone = ↩ 第 { $item } 项（{ $kind }）已删除。
minutes-here = ✓ 已记录您出席。
minutes-here-already = 您已被记为出席。
minutes-ended = 📝 纪要 #{ $id }“{ $title }”已结束（记录共 { $lines } 行）。
minutes-summary-decisions = { $count ->
    [0] **决定**：无。
   *[other] **决定**（{ $count }）：
}
minutes-summary-item = { $text }
minutes-summary-rejected = **否决**（{ $count }）：
minutes-summary-actions = { $count ->
    [0] **待办**：无。
   *[other] **待办**（{ $count }）：
}
minutes-summary-action = { $owner }：{ $text }
minutes-summary-action-due = { $owner }：{ $text }（截止 { $due }）
minutes-summary-attendees = { $count ->
    [0] **出席**：没有人说 `!here`。
   *[other] **出席**（{ $count }）：{ $names }
}
minutes-summary-next = 下次会议：#{ $meeting }，{ $time }。
minutes-summary-get = 完整纪要：`!minutes get #{ $id }`（md、html 或 txt）。
minutes-ended-idle = 会议在 { $hours } 小时无发言后自动结束。
minutes-list-title = 共 { $count } 份纪要：
minutes-list-empty = 这里还没有纪要。
minutes-list-line = #{ $id }“{ $title }”，{ $time }（草稿）
minutes-list-line-approved = #{ $id }“{ $title }”，{ $time }（已批准）
minutes-search-title = 有 { $count } 份纪要提到“{ $text }”：
minutes-search-none = 没有纪要提到“{ $text }”。
minutes-status-approved = 已于 { $time } 批准。
minutes-status-draft = 尚未批准。
minutes-file = 纪要 #{ $id }“{ $title }”。
minutes-edited = 纪要 #{ $id } 第 { $item } 项现为：{ $text }
minutes-approved = ✅ 纪要 #{ $id }“{ $title }”已批准。
minutes-doc-started = 开始
minutes-doc-ended = 结束
minutes-doc-chairs = 主持人
minutes-doc-approved = 批准
minutes-doc-draft = 尚未
minutes-doc-attendees = 出席
minutes-doc-items = 条目
minutes-doc-decisions = 决定
minutes-doc-actions = 待办
minutes-doc-due = 截止
minutes-doc-log = 完整记录

## 逐步选票
param-picks = 已做的选择：按顺序的选项如 3,1，或评分如 4,-,0
param-cancel = 不投票，先把选票放在一边
poll-ballot-rank-placeholder = 第 { $place } 选择
poll-ballot-ranked-so-far = 您目前的排序：{ $choice }
poll-ballot-ranked-ready = 您的排序：{ $choice }。投出，或重新开始。
poll-ballot-score-step = 请为每个选项打 0 到 { $max } 分（共 { $count } 个选项中的第 { $from } 至 { $to } 个）。
poll-ballot-score-line = { $option }：{ $score }
poll-ballot-score-missing = 还有 { $count } 个选项未打分。
poll-ballot-confirm = 投出此票
poll-ballot-restart = 重新开始
poll-ballot-cancel = 取消
poll-ballot-next = 后面的选项
poll-ballot-back = 前面的选项
poll-ballot-cancelled = 未投出任何票：您在投票 #{ $id } 中的选票已放在一边。
err-poll-ballot-page = 投票 #{ $id } 的选票共 { $count } 页：请给出 1 到 { $count } 之间的页码。
err-poll-ballot-steps = 投票 #{ $id } 一步完成投票，使用 `!poll vote #{ $id } …`：其选票不接受部分选择。
## Action items
cmd-actions-list-summary = 列出未完成的待办（本机构的，或某个人的）。
cmd-actions-list-help = 列出本房间所属机构（或用 `--body` 指定的机构）未完成的待办，截止最早的在前，每项显示编号、负责人、按你的时区显示的截止时间以及出自哪份纪要。指定某人则只看其待办；`--overdue` 只保留已逾期的。在私聊中列出你自己的待办。
cmd-actions-show-summary = 查看一项待办及其评论。
cmd-actions-show-help = 显示一项待办：负责人、截止时间、出自哪份纪要、是否已完成，以及所有评论。
cmd-actions-done-summary = 将待办标记为已完成。
cmd-actions-done-help = 关闭一项待办：它将不再出现在列表和之后的议程中，提醒也随之停止。负责人、该会议的主持人和机构秘书处可以操作；此变更记入审计日志。
cmd-actions-reassign-summary = 把待办交给另一个人。
cmd-actions-reassign-help = 让一个人成为待办的唯一负责人。Quorum 尚不认识的人只记名字，不会收到提醒。负责人、该会议的主持人和机构秘书处可以操作；此变更记入审计。
cmd-actions-due-summary = 设置或取消待办的截止日期。
cmd-actions-due-help = 设置待办的截止日期（按你的时区为当天结束时），或用 `none` 取消。负责人会在截止前一天和逾期时收到私信提醒。负责人、该会议的主持人和机构秘书处可以操作；此变更记入审计。
cmd-actions-comment-summary = 评论一项待办。
cmd-actions-comment-help = 为待办添加评论，由 `!action show` 显示。负责人、该会议的主持人和机构秘书处可以操作；此变更记入审计。
param-overdue = 只看已逾期的待办
actions-title = { $count } 项未完成的待办：
actions-title-overdue = { $count } 项已逾期的待办：
actions-none = 没有未完成的待办。
actions-none-overdue = 没有已逾期的未完成待办。
actions-hint = 详情和评论：`!action show ID`；完成后：`!action done ID`。
action-line = #{ $id } { $text } — { $owners } · { $due } · 纪要 #{ $minutes }
action-due-on = 截止 { $time }
action-due-overdue = ⚠ 自 { $time } 起逾期
action-due-none = 无截止日期
action-unreminded = 仅记名字，加入 Quorum 之前不会收到提醒：{ $names }。
action-show-title = 待办 #{ $id }：{ $text }
action-show-owners = 负责人：{ $owners } · { $due }
action-show-source = 出自纪要 #{ $minutes }“{ $title }”第 { $item } 项。
action-show-open = 未完成。完成后：`!action done #{ $id }`。
action-show-done = ✅ 已于 { $time } 由 { $name } 完成。
action-show-comments = { $count ->
    [0] 还没有评论。
   *[other] { $count } 条评论：
}
action-comment-line = { $time } — { $name }：{ $text }
action-done = ✅ 待办 #{ $id } 已完成：{ $text }
action-reassigned = 待办 #{ $id } 现由 { $name } 负责。
action-due-set = 待办 #{ $id } 的截止时间改为 { $time }。
action-due-cleared = 待办 #{ $id } 不再有截止日期。
action-commented = 💬 已为待办 #{ $id } 添加评论。
action-reminder-soon = ⏰ 待办 #{ $id } 将于 { $time } 截止：{ $text }（纪要 #{ $minutes }“{ $title }”）。完成后：`!action done #{ $id }`。
action-reminder-overdue = ⚠ 待办 #{ $id } 已于 { $time } 截止，但仍未完成：{ $text }（纪要 #{ $minutes }“{ $title }”）。完成后：`!action done #{ $id }`；改期：`!action due #{ $id } DATE`。
err-action-not-yours = 只有待办 #{ $id } 的负责人、其会议的主持人、其机构的秘书处或管理员可以修改它。
err-action-not-found = 这里没有待办 #{ $id }；用 `!actions` 查看列表。
err-action-done-already = 待办 #{ $id } 已经完成。
err-action-owner-already = 待办 #{ $id } 已经只由 { $name } 负责。
err-action-due-past = { $date } 已经过去：截止日期必须是今天或之后。
agenda-open-actions = 之前会议遗留的 { $count } 项未完成待办：
minutes-summary-open-actions = 之前会议遗留的**未完成待办**（{ $count }）：
minutes-doc-open-actions = 之前会议遗留的未完成待办
minutes-doc-from = 纪要
minutes-action-numbered = ✓ 待办 #{ $action } 已记为第 { $item } 项，负责人：{ $owners }。
## Motions, speaking time, posting minutes and approval by poll
cmd-motion-open-summary = 向会议提出动议付诸表决（`!motion 文本`）。
cmd-motion-open-help = 在纪要中记录一项动议，并在出席者中开启表决（赞成、反对或弃权）。每次只能有一项动议；由主持人结束表决。
cmd-motion-vote-summary = 对当前动议投票：赞成、反对或弃权。
cmd-motion-vote-help = 记录您对当前动议的记名投票；只有已登记出席（`!here`）的人可以投票。结束表决前可以更改投票。
cmd-motion-count-summary = 记录当前动议的举手表决结果（主持人）。
cmd-motion-count-help = 记录赞成、反对和弃权的举手人数；结束表决时以此代替记名投票计票。
cmd-motion-close-summary = 结束当前动议的表决并记录结果（主持人）。
cmd-motion-close-help = 按所需多数计算举手表决结果，若无则计算记名投票：简单多数（赞成多于反对，默认）、绝对多数（赞成超过出席者的一半）或 2/3（赞成占赞成与反对之和的三分之二）。
cmd-minutes-post-summary = 将已批准的纪要发布到机构的每个房间（主持人）。
cmd-minutes-post-help = 附上所给的议程、文字记录和录音录像链接，并将已批准的纪要以摘要和文件形式在机构的每个房间发布一次。
param-ayes = 赞成的举手人数
param-noes = 反对的举手人数
param-abstentions = 弃权人数
param-agenda = 议程地址，以 https:// 开头
param-transcript = 文字记录地址，以 https:// 开头
param-recording = 录音录像地址，以 https:// 开头
param-poll = 由机构成员的提案投票批准
err-motion-open = 已有一项动议正在表决（第 { $item } 项：{ $text }）；请先用 `!motion close` 结束它。
err-motion-none = 本次会议没有正在表决的动议。用 `!motion 文本` 提出一项。
err-motion-counted = 该动议（第 { $item } 项）已记录举手表决；记名投票不再计入。
err-motion-not-present = 只有出席者可以对动议投票：请先发送 `!here`。
err-motion-no-hands = 举手表决至少需要一票：请给出赞成、反对和弃权人数，例如 `!motion count 12 3 1`。
err-motion-no-votes = 还没有人对该动议（第 { $item } 项）投票：出席者用 `!motion vote yes|no|abstain` 投票，或由主持人用 `!motion count` 记录举手表决。
motion-opened = 🗳 { $name } 提出动议（第 { $item } 项）：{ $text }
motion-how = 出席者用 `!motion vote yes|no|abstain` 投票；主持人可用 `!motion count 赞成 反对 弃权` 记录举手表决，并用 `!motion close [--majority simple|absolute|2/3]` 结束表决。
motion-voted = ✓ 您对该动议（第 { $item } 项）的投票：{ $choice }。
motion-choice-yes = 赞成
motion-choice-no = 反对
motion-choice-abstain = 弃权
motion-counted = ✋ 该动议（第 { $item } 项）的举手表决：赞成 { $yes }，反对 { $no }，弃权 { $abstain }。
motion-carried = ✅ 动议通过（第 { $item } 项）：{ $text } — 赞成 { $yes }，反对 { $no }，弃权 { $abstain }（{ $majority }，{ $how }）。
motion-failed = ❌ 动议未通过（第 { $item } 项）：{ $text } — 赞成 { $yes }，反对 { $no }，弃权 { $abstain }（{ $majority }，{ $how }）。
motion-majority-simple = 简单多数
motion-majority-absolute = 绝对多数
motion-majority-two-thirds = 三分之二多数
motion-by-hands = 举手表决
motion-by-name = 记名投票
minutes-kind-motion = 动议
minutes-summary-motions = **动议**（{ $count }）：
minutes-summary-motion-open = 未付表决的动议（第 { $item } 项）：{ $text }
minutes-summary-speakers = **发言时间**（{ $count }）：
minutes-summary-speaker = { $name }：{ $time }（{ $turns } 次发言）
minutes-doc-motions = 动议
minutes-doc-motion-carried = 通过
minutes-doc-motion-failed = 未通过
minutes-doc-motion-open = 未付表决
minutes-doc-motion-result = { $outcome }：赞成 { $yes }，反对 { $no }，弃权 { $abstain }（{ $majority }，{ $how }；出席 { $present } 人）
minutes-doc-moved-by = 提出人：{ $name }
minutes-doc-speakers = 发言
minutes-doc-speaking-time = 发言时间
minutes-doc-agenda = 议程
minutes-doc-transcript = 文字记录
minutes-doc-recording = 录音录像
err-minutes-post-unapproved = 纪要 #{ $id } 尚未批准，因此不能发布。请先用 `!minutes approve #{ $id }` 批准（或用 `--poll` 由机构投票批准）。
err-minutes-posted = 纪要 #{ $id } 已经发布过了。
minutes-post-title = 📝 已批准的纪要 #{ $id }“{ $title }”
minutes-post-agenda = 议程：{ $url }
minutes-post-transcript = 文字记录：{ $url }
minutes-post-recording = 录音录像：{ $url }
minutes-posted = 📤 纪要 #{ $id } 已发布到 { $rooms } 个房间。
err-minutes-poll-no-body = 只有机构房间的纪要可以通过投票批准；主持人可用 `!minutes approve ID` 批准这份纪要。
err-minutes-poll-open = 关于批准纪要 #{ $id } 的投票 #{ $poll } 仍在进行。
minutes-approval-question = 是否批准纪要 #{ $id }“{ $title }”？
minutes-approval-poll = 🗳 已开启投票 #{ $poll }：如获通过，纪要 #{ $id } 即获批准。
minutes-approved-by-poll = ✅ 纪要 #{ $id }“{ $title }”已由投票 #{ $poll } 批准。

## Elections

category-elections = **选举**
cmd-election-create-summary = 发起一场选举，从提名阶段开始（机构工作人员）。
cmd-election-create-help = 发起机构的一场选举：标题、`--seats N`、`--method plurality|approval|irv|stv|schulze`（STV 按苏格兰《2007 年地方政府选举令》（Scottish Local Government Elections Order 2007）的方式计票；即时决选制只产生一个席位），以及 `--roll SHORT`（该机构资格有效的成员）或 `--roll SHORT-exec`（仅其委员会）。先进行提名：使用 `--nominations 7d` 时，经过该时长后自动开始投票，否则由工作人员使用 `!election open ID` 开始投票。`--voting 7d` 为投票持续的时长。结果要有效，需达到 `--quorum 50%`（或一个选票数）；`--weighted` 按成员的投票权重计票；`--seconded` 要求每项提名都有人附议。每一步都记入该机构的审计日志。
cmd-election-list-summary = 列出您所在机构的选举。
cmd-election-list-help = 列出本房间所属机构以及您所属各机构中尚未结束的选举；`--all` 也列出已结束的选举。
cmd-election-show-summary = 显示一场选举：所处阶段、候选人和截止时间。
cmd-election-show-help = 显示一场选举：计票方法和席位数、当前进展、被提名人（或按选票上的编号排列的候选人），以及下一步该做什么。
cmd-election-open-summary = 立即结束提名并开始投票（工作人员）。
cmd-election-open-help = 立即结束提名并开始投票，持续时间为该选举的 `--voting`。已接受提名（且在要求附议时已获附议）的候选人按提名先后编号，并确定选民名册：即此刻该机构资格有效的成员。如果候选人数不多于席位数，他们将以无竞争方式当选，不进行投票。
cmd-election-close-summary = 立即结束投票并计票（工作人员）。
cmd-election-close-help = 在截止时间之前结束投票并统计选票。结果、每一轮计票以及公告板（BLT 文件格式的选票和回执哈希列表）会发布到该机构的各个房间。
cmd-election-results-summary = 逐轮显示一场已结束选举的计票。
cmd-election-results-help = 显示一场已结束选举的结果：投票率、当选者、每一轮计票（当选基数、票数、转移、淘汰、不可转移票；Schulze 法的两两比较矩阵和最强路径），以及公告板文件，以便任何人都能用 `quorum tally` 重新计票。
cmd-election-roll-summary = 显示选举的选民名册人数（工作人员：具体名单）。
cmd-election-roll-help = 显示投票开始时确定的选民名册人数。该机构的工作人员还能看到姓名以及谁已投票——但绝不会看到投了什么。
cmd-election-turnout-summary = 显示目前已投票的人数及法定人数。
cmd-election-turnout-help = 显示选民名册上已投票的人数，以及是否达到法定人数。
cmd-election-ballot-summary = 私下逐步填写您的选票。
cmd-election-ballot-help = 私下打开您的选票：在 Discord 上，先用菜单选出第一选择，再从其余候选人中选出下一个，依此类推，只有在您确认后才投出；在其他平台上，显示候选人以及如何用 `!ballot` 投票。PICKS 记录目前已做的选择（`3,1`）。
cmd-nominate-summary = 在正在接受提名的选举中提名一名成员（也可以提名自己）。
cmd-nominate-help = 提名该机构一名资格有效的成员。提名自己即视为立即接受；其他人则用 `!accept ID` 接受。当本房间所属机构只有一场选举在接受提名时，可以省略 ID。
cmd-second-summary = 在选举要求时，附议一项提名。
cmd-second-help = 在以 `--seconded` 发起的选举中附议某人的提名。被提名人本人和提名人都不能附议。
cmd-accept-summary = 接受对您的提名。
cmd-accept-help = 接受对您的提名：提名结束时（在要求附议时，还需获得附议），您即成为候选人。
cmd-withdraw-summary = 撤回您的提名（工作人员：可撤回任何人的提名）。
cmd-withdraw-help = 在提名期间，撤回您自己的提名；工作人员也可撤回他人的提名。
cmd-ballot-summary = 在私聊中投出您在选举中的无记名选票。
cmd-ballot-help = 投出您的选票：候选人编号，最优先的在前（`3 1 2`）；相对多数制只填一个编号；认可投票制填您认可的所有编号。只能在与 Quorum 的私聊中进行（Matrix 上的加密私聊房间，Discord 上的斜杠命令）：在共享房间中输入会被拒绝并删除。您会得到一个回执码，只显示一次：请妥善保存。使用 `--receipt CODE` 可在投票结束前替换用该回执投出的选票。如果您持有他人的代理委托，`--for @member` 代其投票，`--for all` 为每位委托人各投一票，每张选票都有各自的回执。
cmd-verify-summary = 查看某个回执码对应的选票。
cmd-verify-help = 显示以您的回执码保存的选票，即它将被（或已被）计入的样子。仅限私聊。投票结束后，其哈希会与选票一起出现在公告板上。
election-method-plurality = 相对多数制
election-method-approval = 认可投票制
election-method-irv = 即时决选制
election-method-stv = 单记可转移投票制（苏格兰 2007）
election-method-schulze = Schulze 法
election-phase-nominations = 提名进行中，直到工作人员开始投票。
election-phase-nominations-until = 提名开放至 { $at }。
election-phase-voting-until = 投票开放至 { $at }。
election-phase-closed = 已结束。
election-phase-closed-at = 已于 { $at } 结束。
election-header = 选举 #{ $id }：**{ $title }**（`{ $body }`）— { $seats } 个席位，{ $method }。{ $phase }
election-candidate-standing = 参选
election-candidate-not-accepted = 尚未接受
election-candidate-not-seconded = 尚未获附议
election-candidate-withdrawn = 已撤回
election-candidate-line = { $name } — { $state }
election-candidate-numbered = { $number }. { $name }
election-quota = 当选基数：`{ $quota }`
election-round-first = **第 { $round } 轮**：第一选择。
election-round-approvals = **第 { $round } 轮**：认可票。
election-round-surplus = **第 { $round } 轮**：转移 { $name } 的盈余票（`{ $votes }`）。
election-round-exclusion = **第 { $round } 轮**：淘汰得票最少的 { $names }；其选票转给下一选择。
election-round-winner = **第 { $round } 轮**：{ $name } 在尚未当选者中胜出。
election-round-exhausted = 目前不可转移的票：`{ $votes }`
election-round-elected = 当选：{ $names }
election-tie = { $between } 之间出现平票：{ $chosen }，{ $how }
election-tie-earlier = 依据第 { $round } 轮的票数。
election-tie-lot = 通过抽签（以种子 `{ $seed }` 进行的第 { $draw } 次抽取）。
election-pairwise = 两两偏好（行对列）：
election-strongest-paths = 最强路径：
election-created = 🗳 选举 #{ $id }“{ $title }”已开始接受提名。
election-how-to-nominate = 使用 `!nominate #{ $id } @member` 提名（也可以提名自己）；被提名人使用 `!accept #{ $id }` 接受。
election-list-none = 您所在的机构目前没有进行中的选举。
election-list-none-all = 您所在的机构没有任何选举。
election-list-title = { $count } 场选举：
election-no-nominees = 尚无人被提名。
election-how-to-vote = 请私下投票：在私聊中向我发送 `!ballot #{ $id } …`（在 Discord 上，使用 `/ballot` 或 `/election ballot`）。您的选票是保密的，您会得到一个回执，用于查看或替换选票。
election-you-voted = 您已在选举 #{ $id } 中投票。
election-outcome-no-candidates = 选举 #{ $id } 未经投票即结束：无人参选。
election-outcome-not-quorate = 选举 #{ $id } 未达到法定人数：无人当选。选票仍照常公布。
election-outcome-unopposed = 选举 #{ $id } 未经投票即结束：{ $names } 以无竞争方式当选。
election-outcome-counted = 选举 #{ $id } 已结束并完成计票：`!election results #{ $id }`。
election-closed-title = 🗳 选举 #{ $id }“{ $title }”— 结果
election-voting-open = 🗳 选举 #{ $id }“{ $title }”已开始投票，截至 { $at }。
election-roll-size = 选民名册上有 { $count } 名成员。
election-ballot-open = 私下投票
election-bulletin = 选举 #{ $id } 的公告板：每张选票列在其回执的哈希下，另有 BLT 格式的全部选票。可用 `quorum tally election-{ $id }-ballots.blt --method …` 重新计票；所有抽签均以种子 `{ $seed }` 进行。
election-turnout = 选民名册上的 { $roll } 人中有 { $voted } 人已投票。
election-turnout-weight = 权重：{ $roll } 中的 { $voted }。
election-elected = { $count ->
    [0] 无人当选。
    [1] 当选：**{ $names }**
   *[other] 按顺序当选：**{ $names }**
}
election-method-line = 按{ $method }计票，共 { $seats } 个席位。
election-roll-title = 选举 #{ $id } 的选民名册有 { $count } 名成员。
election-roll-weight = 他们的总权重：{ $weight }。
election-roll-line = { $name }
election-roll-line-voted = { $name } ✔ 已投票
election-quorum-met = 已达到法定人数（{ $needed }）。
election-quorum-short = 法定人数为 { $needed }：还差 { $missing }。
election-nominated = { $name } 已在选举 #{ $id }“{ $title }”中被提名。
election-nominee-accepts = { $name } 使用 `!accept #{ $id }` 接受后即成为候选人。
election-needs-seconder = 该提名需要有人附议：`!second #{ $id } @member`。
election-seconded = { $name } 在选举 #{ $id } 中的提名已获附议。
election-accepted = { $name } 接受了在选举 #{ $id }“{ $title }”中的提名。
election-withdrawn = { $name } 已退出选举 #{ $id }。
election-ballot-cast = { $count ->
    [1] 您在选举 #{ $id } 中的选票已投出：{ $ballot }
   *[other] 选举 #{ $id } 中的 { $count } 张选票已投出：{ $ballot }
}
election-receipt = 您的回执：`{ $code }`
election-receipt-for = { $name } 的回执：`{ $code }`
election-receipt-keep = 请保存此回执：它只显示这一次，不会存储在任何地方。`!verify CODE` 显示选票将被计入的样子；`!ballot #{ $id } … --receipt CODE` 可在 { $at } 之前替换选票。任何人（包括工作人员）都无法知道哪张选票是您的。
election-ballot-replaced = 您在选举 #{ $id } 中的选票已替换：{ $ballot }
election-ballot-until = 在 { $at } 之前可凭回执替换。
election-ballot-header = 选举 #{ $id }：**{ $title }** — { $method }
election-ballot-hint-one = 投给一人：在此处私下发送 `!ballot #{ $id } N`。
election-ballot-hint-approval = 投给您认可的每位候选人：在此处私下发送 `!ballot #{ $id } 1 3`。
election-ballot-hint-ranked = 为您想选的候选人排序，最优先的在前：在此处私下发送 `!ballot #{ $id } 3 1 2`。
election-verified = 已找到回执，选举 #{ $id }“{ $title }”：{ $ballot }
election-verified-weight = 权重：{ $weight }。
election-verified-closed = 它已按所示内容计入；在选举 #{ $id } 的公告板上，其哈希以 `{ $hash }` 开头。
election-reminder = 选举 #{ $id }“{ $title }”将于 { $at } 结束，您尚未投票。
err-election-irv-seats = 即时决选制只产生一个席位，而不是 { $seats } 个：多个席位请使用 `--method stv`。
err-election-not-nominating = 选举 #{ $id } 未在接受提名。
err-election-not-voting = 选举 #{ $id } 未开放投票。
err-election-results-at-close = 选举 #{ $id } 尚未结束：结果将在结束时公布。
err-election-no-roll-yet = 选举 #{ $id } 尚无选民名册：名册在投票开始时确定。
err-election-which = 请指明哪场选举：`#ID`（`!election list`）。
err-election-none-nominating = `{ $body }` 没有正在接受提名的选举。
err-election-several = 有多场选举正在接受提名（{ $ids }）：请指明哪一场。
err-election-not-member = 只有 `{ $body }` 中资格有效的成员才能这样做。
err-election-nominee-not-member = { $name } 不是 `{ $body }` 中资格有效的成员。
err-election-too-many = 一场选举最多有 { $max } 名被提名人。
err-election-nominated-already = { $name } 已在选举 #{ $id } 中被提名。
err-election-not-nominee = { $name } 不是选举 #{ $id } 的被提名人。
err-election-no-seconding = 选举 #{ $id } 不要求附议。
err-election-seconded-already = { $name } 的提名已获附议。
err-election-second-self = 提名须由被提名人和提名人以外的人附议。
err-election-not-nominated-you = 您未在选举 #{ $id } 中被提名。
err-election-accepted-already = 您已在选举 #{ $id } 中接受了提名。
err-election-empty-ballot = 一张选票至少要选一名候选人。
err-election-one-choice = 此选举每张选票只能有一个选择。
err-election-voted = 您已在选举 #{ $id } 中投票。如需更改选票，请使用其回执：`!ballot #{ $id } … --receipt CODE`。
err-election-voted-for = { $name } 的选票已投出。
err-election-not-on-roll = 您不在选举 #{ $id } 的选民名册上：名册取自投票开始时该机构资格有效的成员。
err-election-giver-not-on-roll = { $name } 不在选民名册上，因此其代理人也不能代其投票。
err-election-no-proxies = 在选举 #{ $id } 中，您没有持有任何尚未投票者的代理委托。
err-election-ballot-public = 选票是保密的：不能在这里投。请在私聊中向我发送 `!ballot #{ $id } …`（在 Discord 上，使用 `/ballot`）。在我能删除的地方，您在此处的消息会被删除。
err-election-receipt-public = 回执码是保密的：请在私聊中向我发送 `!verify CODE`（在 Discord 上，使用 `/verify`）。在我能删除的地方，您在此处的消息会被删除。
err-election-receipt-unknown = 该回执不属于选举 #{ $id } 的任何选票。
err-election-receipt-bad = 这不是回执码：回执码由 32 个字母和数字组成，每四个一组。
err-election-receipt-not-found = 没有与该回执对应的选票。
election-ballot-cancelled = 未投出任何选票：选举 #{ $id } 的选票已搁置。
param-seats = 要填补的席位数（1–50）
param-method = 计票方法：plurality、approval、irv、stv 或 schulze
param-roll = 谁投票：该机构的成员（SHORT）或其执行委员会（SHORT-exec）
param-nominations = 提名持续多久后自动开始投票，例如 7d
param-election-create-voting = 投票开始后持续多久，例如 7d
param-seconded = 每项提名都需要附议
param-receipt = 要替换的选票的回执代码
param-verify-code = 您的回执代码，例如 ABCD-EFGH-…
