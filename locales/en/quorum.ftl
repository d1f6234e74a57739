# Quorum — English. Every key here must exist in every locale, with the same variables.

## Generic

usage = Usage:
err-internal = Something went wrong on our side; nothing was changed. Please try again in a moment.
err-command-too-old = Your command { $command } (sent { $sent }, while Quorum was offline) was not run: commands are carried out at most { $limit } late. Send it again if it is still needed.
notice-command-interrupted = Your command { $command } was carried out, but Quorum restarted before it could answer. Check the result before sending it again.
notice-interaction-too-late = Your command { $command } reached Quorum too late for Discord to accept an answer (Discord allows three seconds), so it was not run. Send it again if it is still needed.

## Parse errors

err-empty = Type a command after the prefix, for example `!help`.
err-unknown-command = I don't know the command `{ $name }`. Type `!help` for the list.
err-unknown-command-suggest = I don't know the command `{ $name }`. Did you mean `{ $suggestion }`?
err-unknown-subcommand = `{ $command }` has no subcommand `{ $name }`.
err-missing = Missing: `{ $name }`.
err-unexpected = I did not expect “{ $text }” here.
err-unterminated-quote = A quotation mark is not closed.
err-unknown-flag = Unknown option `{ $flag }`.
err-flag-needs-value = The option `{ $flag }` needs a value.
err-flag-twice = The option `{ $flag }` is given twice.
err-bad-duration = “{ $value }” is not a duration. Use for example `90m`, `2h`, `7d` or `1h30m`.
err-bad-date = “{ $value }” is not a date. Use year-month-day, for example `2026-12-01`.
err-bad-time = “{ $value }” is not a time. Use 24-hour hours:minutes, for example `09:00`.
err-bad-id = “{ $value }” is not a number. Use for example `3` or `#3`.
err-bad-cron = `{ $value }` is not a cron schedule: it needs five fields, minute hour day month weekday, for example `0 9 * * 1-5` (or six, with a seconds field of 0 first: `0 0 9 * * 1-5`).
err-bad-cron-field = `{ $value }` is not a cron schedule: the { $field ->
    [minute] minute (0–59)
    [hour] hour (0–23)
    [day] day of the month (1–31)
    [month] month (1–12 or jan–dec)
   *[weekday] weekday (0–7 or sun–sat, 0 and 7 are Sunday)
} field is not valid.
err-bad-repeat = “{ $value }” is not a repetition I understand. Try `every weekday at 09:00`, `every 2 weeks on tuesday` or `monthly on the first thursday`.
err-too-long = `{ $name }` is too long: { $len } characters, at most { $max ->
    [one] { $max } character
   *[other] { $max } characters
} allowed.
err-empty-text = `{ $name }` is empty.
err-control-chars = `{ $name }` contains invisible or control characters; please remove them.
err-bad-choice = “{ $value }” is not valid for `{ $name }`. Choose one of: { $allowed }.
err-unknown-zone = “{ $value }” is not a time zone I know. Use a name such as `Europe/Zurich` or a city such as `Geneva`.
err-unknown-zone-suggest = “{ $value }” is not a time zone I know. Did you mean `{ $suggestion }`?

## Refusals

err-forbidden = This needs the role `{ $role }`.
err-forbidden-in = This needs the role `{ $role }` in `{ $body }`.
err-not-found = { $kind ->
    [application] Application
    [question] Question
    [reminder] Reminder
    [meeting] Meeting
    [when] Scheduling poll
    [body] Body
    [send] Send
    [poll] Poll
    [agenda-poll] Agenda poll
    [election] Election
   *[other] Item
} `{ $id }` was not found.
err-no-body-here = This room is not linked to a body yet. Staff can link it with `!body link SHORT`.
err-past-time = { $time } ({ $zone }) is already in the past.
err-time-in-gap = { $time } does not exist in { $zone }: the clocks skip that hour. Choose a time outside the change.
err-never-fires = That schedule never fires.

## Help

help-intro = **Quorum commands.** Type `!help COMMAND` for details and examples.
help-needs-role = Needs the role `{ $role }`.
help-examples = Examples:
category-general = **General**
category-settings = **Your settings**
category-bodies = **Bodies and roles**
category-reminders = **Reminders**
category-audit = **Audit**

cmd-help-summary = Show the commands, or the details of one.
cmd-help-help = Without a command, lists everything Quorum can do. With one, shows how to write it, who may use it, and examples.
cmd-tz-summary = Show or set your time zone.
cmd-tz-help = Every time Quorum shows you is in your zone. Give an IANA name such as `Europe/Zurich` or a city such as `Geneva` or `New York`.
cmd-lang-summary = Show or set your language.
cmd-lang-help = Quorum speaks Arabic (ar), English (en), Spanish (es), French (fr), Russian (ru) and Chinese (zh). The choice is yours alone.
cmd-whoami-summary = Show what Quorum knows about you.
cmd-whoami-help = Shows your member number, linked accounts, time zone, language and roles. The answer is sent to you privately.
cmd-body-create-summary = Create a body (constituency, committee, group).
cmd-body-create-help = Gives the body a full name and a short name used in commands. Only admins can create bodies.
cmd-body-link-summary = Link this room to a body.
cmd-body-link-help = Commands in a linked room act on that body, and its members' roles apply here.
cmd-role-grant-summary = Give a person a role in a body.
cmd-role-grant-help = Roles, from most to least powerful: admin, staff, exec, member, applicant, guest. Staff can grant up to exec; only admins can grant staff or admin. Without a body, the room's body is used.
cmd-role-revoke-summary = Take a role away from a person.
cmd-role-revoke-help = The same rules as granting apply.
cmd-remind-summary = Set a reminder for yourself, someone else or this room.
cmd-remind-help = `me` reminds you privately, `@user` reminds that person privately, `here` posts in this room. Give a delay (`in 2h`), a time (`at 2026-12-01 09:00 Europe/Zurich`), a repetition (`every weekday at 09:00 Geneva`) or a cron schedule (`--cron "0 9 * * 1-5"`, Monday = 1); a zone after the time is the clock it is read on (without one, yours is used). Repetitions follow local time across daylight-saving changes.
cmd-reminders-summary = List the reminders you can see.
cmd-reminders-help = Shows your reminders, those set for you, and this room's, with their numbers.
cmd-reminder-cancel-summary = Cancel a reminder.
cmd-reminder-cancel-help = You can cancel your own reminders and those set for you; staff can cancel this room's.
cmd-audit-verify-summary = Check that the audit log has not been altered.
cmd-audit-verify-help = Recomputes the hash chain of every recorded staff action and reports the first line that was changed or removed.

## Settings

tz-current = Your time zone is `{ $zone }`; it is { $local } there now.
tz-set = Your time zone is now `{ $zone }`; it is { $local } there.
lang-current = Your language is `{ $lang }`. Available: { $choices }.
lang-set = From now on I will answer you in English.
whoami-title = What Quorum knows about { $who }:
whoami-member = Member number { $id }
whoami-zone = Time zone: `{ $zone }`
whoami-lang = Language: `{ $lang }`
whoami-admin = Quorum administrator
whoami-no-roles = No roles in any body yet
whoami-role = `{ $role }` in `{ $body }`

## Bodies and roles

body-exists = A body with the short name `{ $short }` already exists.
body-created = Created the body **{ $name }** (`{ $short }`). Link a room to it with `!body link { $short }`.
body-link-direct = A private conversation cannot be linked to a body.
body-linked = This room is now linked to **{ $name }** (`{ $short }`).
role-granted = { $user } now has the role `{ $role }` in `{ $body }`.
role-already = { $user } already has the role `{ $role }` in `{ $body }`.
role-revoked = { $user } no longer has the role `{ $role }` in `{ $body }`.
role-not-held = { $user } does not have the role `{ $role }` in `{ $body }`.
body-link-already = This room is already linked to **{ $name }** (`{ $short }`).
body-link-taken = This room is linked to **{ $name }** (`{ $short }`); only staff of `{ $short }` can link it to another body.
body-relinked = This room is now linked to **{ $name }** (`{ $short }`), no longer to **{ $previous_name }** (`{ $previous_short }`).
body-reminder-interval = In the rooms of **{ $name }** (`{ $short }`), a member's reminders may post at most once every `{ $interval }`.
body-reminder-interval-default = In the rooms of **{ $name }** (`{ $short }`), a member's reminders may post at most once every `{ $interval }` (the default).
body-reminder-interval-set = From now on, a member's reminders may post in the rooms of **{ $name }** (`{ $short }`) at most once every `{ $interval }`.
cmd-body-reminder-interval-summary = Show or set how often a member's reminders may post in the body's rooms.
cmd-body-reminder-interval-help = A member cannot make Quorum post in a room of the body more often than this, counting all their reminders in that room (default `15m`, from `1m` to `7d`); staff and admins can. Anyone can see the interval; the body's staff set it.
param-interval = The shortest time between two posts, like 15m or 1h

## Audit

audit-ok = The audit log is intact: { $count ->
    [one] { $count } entry
   *[other] { $count } entries
} checked.
audit-broken = The audit log has been altered: the chain breaks at entry { $seq } (of { $count }).

## Reminders

reminder-set = Reminder #{ $id } set for { $time }: { $text }
reminder-set-repeat = Reminder #{ $id } set ({ $repeat }), first on { $time }: { $text }
reminders-none = You have no reminders here.
reminders-title = { $count ->
    [one] { $count } reminder:
   *[other] { $count } reminders:
}
reminder-line = #{ $id } · { $time } · { $target ->
    [me] for you
    [here] for this room
    [room] for the room “{ $room }”
   *[user] for { $who }
} · { $text }
reminder-line-repeat = #{ $id } · next { $time } ({ $repeat }) · { $target ->
    [me] for you
    [here] for this room
    [room] for the room “{ $room }”
   *[user] for { $who }
} · { $text }
reminder-cancelled = Reminder #{ $id } cancelled.
reminder-fire = ⏰ Reminder: { $text }
reminder-fire-from = ⏰ Reminder from { $from }: { $text }
reminder-missed = ⏰ Missed reminder (it was due { $due } while Quorum was offline): { $text }
err-reminder-too-often = In the rooms of `{ $body }`, a member's reminders may post at most once every `{ $interval }`; this one would post twice only `{ $gap }` apart.
err-reminder-too-close = In the rooms of `{ $body }`, a member's reminders may post at most once every `{ $interval }`; this one would post at { $time }, only `{ $gap }` from your reminder #{ $id }.
err-unknown-person = I don't know `{ $who }`: nobody by that name has written to Quorum or been given a role.
err-unknown-person-suggest = I don't know `{ $who }`: nobody by that name has written to Quorum or been given a role. Did you mean { $suggestion }?

## Descriptions of command options (Discord shows them beside each option)
param-target = Who or where: me, @someone, or here
param-when = When: in 2h, at 2026-12-01 09:00 Europe/Zurich, every weekday at 09:00
param-change = add or remove
param-code = The one-time link code, like 7K2Q-…
param-number = The number in the list
param-platform = The platform: console, matrix or discord
param-text = The text
param-id = The number, like #3
param-zone = A time zone or city, like Europe/Zurich or Geneva
param-language = A language: en, fr, es, ru, zh or ar
param-name = The full name
param-short = A short name, like BC
param-body = The short name of a body
param-command = A command, for its details
param-user = The member
param-role = The role
param-cron = A cron schedule in quotes, like "0 9 * * 1-5"

## Meetings
category-meetings = **Meetings**
cmd-meeting-schedule-summary = Schedule a meeting or a series, in the meeting's own time zone.
cmd-meeting-schedule-help = The date and time are on the clock of the zone you give (an IANA name or a city); each person then sees the time in their own zone. A series keeps its local time across daylight-saving changes. Reminders go to every room of the body before each meeting (default: 1h before; `--remind none` for none). A series meets at the meeting's time, from the first day its repetition gives on or after the date.
cmd-meeting-list-summary = List the upcoming meetings of this room's body.
cmd-meeting-list-help = Shows the next occurrence of every meeting and series of the body this room acts for (or of this room if it has none), soonest first.
cmd-meeting-show-summary = Show a meeting: when, how long, where, and the time in members' zones.
cmd-meeting-show-help = Shows the next occurrence, the duration, the repetition, the link and dial-in, and the local time in every zone the body's members have set.
cmd-meeting-cancel-summary = Cancel a meeting, or a whole series.
cmd-meeting-cancel-help = The person who scheduled it, and staff of its body, can cancel a meeting; its reminders stop. With a DATE, only that day's occurrence of a series is cancelled. Cancelling a whole series cannot be undone: the reply says what goes, and it is done with `--yes`.
meeting-scheduled = Meeting #{ $id } “{ $title }” scheduled for { $time }.
meeting-scheduled-repeat = Meeting series #{ $id } “{ $title }” scheduled ({ $repeat }), first on { $time }.
meeting-ambiguous = { $local } happens twice in { $zone } that night (the clocks go back); the meeting takes the first of the two.
meetings-none = No upcoming meetings here.
meetings-title = { $count ->
    [one] { $count } upcoming meeting:
   *[other] { $count } upcoming meetings:
}
meeting-line = #{ $id } · { $time } · { $title }
meeting-line-repeat = #{ $id } · next { $time } ({ $repeat }) · { $title }
meeting-show-title = Meeting #{ $id }: { $title }
meeting-show-when = Next: { $time }, for { $duration }
meeting-show-repeat = Repeats: { $repeat }
meeting-show-link = Link: { $link }
meeting-show-dial = Dial-in: { $dial }
meeting-show-zones = In the members' zones:
meeting-show-zone = { $zone }: { $local }
meeting-over = Meeting #{ $id } has no more occurrences.
meeting-cancelled = Meeting #{ $id } “{ $title }” cancelled.
meeting-reminder = 📅 “{ $title }” starts { $time }.
meeting-reminder-link = 📅 “{ $title }” starts { $time }: { $link }
err-meeting-not-yours = Only the person who scheduled meeting #{ $id } or staff of its body can change it.
err-meeting-answer-in-room = Meeting #{ $id } belongs to the room { $room }: do this there.
param-title = The title
param-date = The date, like 2026-12-03
param-time = The time, like 14:00
param-duration = How long, like 90m or 1h30m
param-repeat = How it repeats, like "every tuesday" or "every weekday"
param-remind = How long before to remind, like 24h,1h (or none)
param-link = The link to join
param-dial = How to dial in
cmd-meeting-rsvp-summary = Say whether you will come to a meeting.
cmd-meeting-rsvp-help = Answer yes, no or maybe for one occurrence: the one under way or next to come, or with `--date` that day's; a new answer replaces the old one. The members of the meeting's body (everyone with a role in it) answer. `!meeting show` counts the answers for the occurrence it shows.
meeting-rsvp-set = Your answer for meeting #{ $id } “{ $title }” on { $time }: { $answer ->
    [yes] yes, you will come
    [no] no, you cannot come
   *[maybe] maybe
}.
meeting-show-rsvps = Answers: { $yes } yes · { $maybe } maybe · { $no } no
rsvp-yes = I will come
rsvp-no = I cannot come
rsvp-maybe = Maybe
param-answer = Your answer: yes, no or maybe
meeting-occurrence-cancelled = The { $time } occurrence of meeting #{ $id } “{ $title }” is cancelled; the series goes on.
err-meeting-no-occurrence = Meeting #{ $id } has no coming occurrence on { $date }.
cmd-meeting-move-summary = Move one occurrence of a meeting to another date and time.
cmd-meeting-move-help = Give the date of the occurrence to move, then its new date and time on the meeting zone's clock. The rest of a series stays as it was; reminders follow the new time. An occurrence cannot move onto a day the series already meets, nor overlap another occurrence.
meeting-moved = Meeting #{ $id } “{ $title }” of { $from } moved to { $to }.
param-to_date = The new date, like 2026-12-09
param-to_time = The new time, like 15:00
meeting-reminders-passed = { $count ->
    [one] The reminder `{ $offsets }` before the meeting is already past and will not be sent.
   *[other] The reminders `{ $offsets }` before the meeting are already past and will not be sent.
}
meeting-reminders-passed-series = { $count ->
    [one] The reminder `{ $offsets }` before is already past for the first meeting; it will be sent before the next ones.
   *[other] The reminders `{ $offsets }` before are already past for the first meeting; they will be sent before the next ones.
}

## Editing meetings

cmd-meeting-edit-summary = Change a meeting or a whole series: title, time, zone, repetition, reminders, link.
cmd-meeting-edit-help = Give only what changes. For a series, a new time or zone applies from its next occurrence on, and occurrences cancelled or moved one by one are reset. `--once` stops the repetition; `--link none` and `--dial none` remove them. The person who scheduled it and staff of its body can edit a meeting. An occurrence under way keeps its time; a repetition that names a time must name the meeting's. Resetting occurrences cancelled or moved one by one needs `--yes`: the reply lists them first.
param-once = Stop repeating: a single meeting
meeting-edited = Meeting #{ $id } “{ $title }” updated; next on { $time }.
meeting-edited-over = Meeting #{ $id } “{ $title }” updated; it has no more occurrences.
meeting-edited-exceptions = The occurrences that had been cancelled or moved one by one follow the new timing again.
err-meeting-repeat-time = The meeting is at `{ $time }`, but the repetition `{ $repeat }` meets at `{ $other }`: a series meets at one time of day, the meeting's. Leave the time out of the repetition, or give the same one.
meeting-starts-later = { $date } is not one of the series' days ({ $repeat }): it begins with the first one after that, { $time }.
err-meeting-rsvp-not-member = Only members of `{ $body }` answer for meeting #{ $id }, and you have no role in `{ $body }`. Its staff can give you one with `!role grant`.
err-meeting-clash = Meeting #{ $id } already meets { $time }: a series meets at most once a day, and its occurrences do not overlap. Move or cancel that occurrence first, or choose another day.
err-meeting-under-way = Meeting #{ $id } is under way until { $time }: its time can no longer change.
err-meeting-once-under-way = Meeting #{ $id } is under way until { $time }: it can become a single meeting once that occurrence is over.
err-meeting-edit-under-way-clash = The occurrence of meeting #{ $id } under way since { $time } keeps its time, and the new timing would also meet { $other }, the same day or overlapping it. Give a later `--date`.
meeting-edited-under-way = The occurrence under way since { $time } keeps its time; the change applies from the next one.
meeting-edit-confirm = { $count ->
    [one] Changing when series #{ $id } “{ $title }” meets puts back the occurrence changed one by one; nothing is changed yet:
   *[other] Changing when series #{ $id } “{ $title }” meets puts back the { $count } occurrences changed one by one; nothing is changed yet:
}
meeting-edit-confirm-cancelled = { $time }: cancelled; it would take place again
meeting-edit-confirm-moved = { $from }, moved to { $to }: it would follow the series again
meeting-confirm-edit = Change the series anyway
meeting-cancel-confirm = Cancelling series #{ $id } “{ $title }” ({ $repeat }) ends all its occurrences from { $time } on, with their reminders, agendas and answers; it cannot be undone. Nothing is cancelled yet.
meeting-confirm-cancel = Cancel the whole series
meeting-already-cancelled = Meeting #{ $id } “{ $title }” is already cancelled.
meeting-occurrence-already-cancelled = The { $time } occurrence of meeting #{ $id } “{ $title }” is already cancelled.
param-yes = Confirm what cannot be undone
err-meeting-edit-nothing = Say what to change in meeting #{ $id }, for example `--time 15:00` or `--title "New title"`.

## Meeting reminders by direct message

cmd-meeting-dm-summary = Get a meeting's reminders (or those of all the body's meetings) as direct messages.
cmd-meeting-dm-help = `on` sends you each reminder privately as well, in your language and time zone, on the platform you ask from; `all` covers every meeting of this room's body, including later ones. `off` stops it.
param-meeting = The meeting number, like #3, or all
param-switch = on or off
meeting-dm-on-meeting = You will get the reminders of meeting #{ $id } “{ $title }” by direct message.
meeting-dm-on-body = You will get the reminders of every meeting of `{ $body }` by direct message.
meeting-dm-off-meeting = You will no longer get the reminders of meeting #{ $id } “{ $title }” by direct message.
meeting-dm-off-body = You will no longer get the reminders of the meetings of `{ $body }` by direct message.
meeting-dm-was-off-meeting = You were not getting the reminders of meeting #{ $id } “{ $title }” by direct message.
meeting-dm-was-off-body = You were not getting the reminders of the meetings of `{ $body }` by direct message.
err-meeting-dm-no-body = This room acts for no body; give a meeting number instead of `all`.

## Calendar export
err-cron-seconds = `{ $value }`: with six cron fields the first is the seconds, and it must be 0; Quorum schedules to the minute.
cmd-meeting-ics-summary = A meeting, or all of this body's meetings, as a calendar file (.ics).
cmd-meeting-ics-help = With a number, that meeting (a series with its repetition, cancelled and moved occurrences) as an iCalendar file to import into a calendar application; without one, every meeting of this room's body in one file. The file is sent to you privately.
meeting-ics = Meeting #{ $id } “{ $title }” as a calendar file:
meeting-ics-feed = { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
} as one calendar file:

## Calendar feeds

cmd-meeting-feed-summary = Get the address of this body's calendar feed, to subscribe to in a calendar application.
cmd-meeting-feed-help = Calendar applications (phones, Outlook, Thunderbird, Google Calendar) that subscribe to the address show every meeting of the body and follow its changes. The address contains a secret: keep it to yourself. Staff can replace it with `--reset`; the old address then stops working.
param-reset = Replace the secret address (staff)
meeting-feed = The calendar feed of `{ $body }`: { $url } — subscribe to it in your calendar application. Keep the address to yourself: anyone who has it can read the meetings.
meeting-feed-reset = The calendar feed of `{ $body }` has a new address: { $url } — the old one no longer works; subscriptions need the new one.
err-meeting-feed-off = This Quorum serves no calendar feeds (its `[calendar]` settings are missing); `!meeting ics` gives the meetings as a file.

## Agenda
cmd-agenda-add-summary = Add an item to the agenda of a meeting's next occurrence.
cmd-agenda-add-help = Anyone who can see the meeting may add an item, of at most 300 characters; an occurrence's agenda holds up to 50. The item goes to the occurrence under way or next to come, or with `--date` to that day's occurrence: each occurrence of a series has its own agenda. The reply gives the item's number.
cmd-agenda-show-summary = Show the numbered agenda of a meeting's next occurrence.
cmd-agenda-show-help = Lists the items of the occurrence under way or next to come (with `--date`, of that day's occurrence) and who added each. The meeting's reminders and `!meeting show` list them too.
cmd-agenda-order-summary = Put the items of an agenda in a new order.
cmd-agenda-order-help = Give every item number once, in the new order, separated by commas or spaces: `3,1,2` puts item 3 first. The person who scheduled the meeting and staff of its body can reorder its agenda.
cmd-agenda-remove-summary = Remove an item from an agenda.
cmd-agenda-remove-help = The person who added the item, the person who scheduled the meeting and staff of its body can remove it; the items after it move up one number.
param-order = The item numbers in their new order, like 3,1,2
param-item = The item number, like 2
param-propose = How long members propose items, like 3d
param-rank = How long members rank the proposals, like 2d
param-top = How many of the ranked items go on the agenda, 1 to 20
agenda-added = Item { $number } added to the agenda of meeting #{ $id } “{ $title }” on { $time }: { $text }
agenda-title = { $count ->
    [one] Agenda of meeting #{ $id } “{ $title }” on { $time }, { $count } item:
   *[other] Agenda of meeting #{ $id } “{ $title }” on { $time }, { $count } items:
}
agenda-empty = Meeting #{ $id } “{ $title }” on { $time } has no agenda yet. Add an item with `!agenda add #{ $id } "TEXT"`.
agenda-item = { $number }. { $text } — { $author }
agenda-ordered = New order of the agenda of meeting #{ $id } “{ $title }” on { $time }:
agenda-removed = Item { $number } “{ $text }” removed from the agenda of meeting #{ $id } “{ $title }” on { $time }.
meeting-show-agenda = { $count ->
    [one] Agenda, { $count } item:
   *[other] Agenda, { $count } items:
}
err-agenda-full = The agenda of meeting #{ $id } “{ $title }” on { $time } already has { $max } items, the most it can hold. Remove one before adding another.
err-agenda-bad-order = The new order must name every item exactly once: { $count ->
    [one] the agenda has only item 1.
   *[other] the numbers 1 to { $count }, separated by commas or spaces.
}
err-agenda-no-item = The agenda of meeting #{ $id } “{ $title }” on { $time } has no item { $number }; { $count ->
    [one] it has only item 1.
   *[other] its items are numbered 1 to { $count }.
}
err-agenda-not-member = Only members of `{ $body }` add to the agenda of meeting #{ $id }, and you have no role in `{ $body }`. Its staff can give you one with `!role grant`.
err-agenda-not-yours = Only the person who added item { $number }, the person who scheduled meeting #{ $id } or staff of its body can remove it.
cmd-agenda-poll-summary = Let members propose agenda items for a meeting, then rank them.
cmd-agenda-poll-help = For the occurrence next to come of a body's meeting, or with `--date` that day's: the members of the body in good standing propose items with `!agenda propose` during `--propose`, then rank them in a ranked poll during `--rank`. The first `--top` (5 unless given) in the order of the instant-runoff count, equal ones by the first proposed, go on the occurrence's agenda, after the items already there. Both windows must end before the meeting begins, and an occurrence has one agenda poll at a time. The person who scheduled the meeting and staff of its body can open one.
cmd-agenda-propose-summary = Propose an item in an agenda poll.
cmd-agenda-propose-help = While an agenda poll takes proposals, each member of its body in good standing may propose items of at most 100 characters, 20 in all; the same item twice is refused. The proposals become the options of the ranking poll, in the order proposed. ID is the agenda poll's number.
cmd-agenda-proposals-summary = List the proposals of an agenda poll.
cmd-agenda-proposals-help = Shows an agenda poll's proposals so far, who made each and where it stands: taking proposals, ranked in a poll, or over. ID is the agenda poll's number.
agenda-poll-opened = Agenda poll #{ $poll } is open for meeting #{ $id } “{ $title }” on { $time }.
agenda-poll-how = Members of `{ $body }` propose items with `!agenda propose #{ $poll } "TEXT"` until { $propose }; then they rank them until { $rank }, and { $top ->
    [one] the first goes
   *[other] the first { $top } go
} on the agenda.
agenda-proposed = Proposal { $number } in agenda poll #{ $poll } for meeting #{ $id } “{ $title }”: { $text }
agenda-proposals-title = Agenda poll #{ $poll } for meeting #{ $id } “{ $title }” on { $time }, { $count ->
    [0] no proposals yet
    [one] one proposal
   *[other] { $count } proposals
}. { $state }
agenda-poll-state-proposing = Proposals are open until { $at }.
agenda-poll-state-ranking = The members rank them in poll #{ $vote } until { $at }.
agenda-poll-state-done = It is over.
agenda-poll-no-proposals = Agenda poll #{ $poll } for meeting #{ $id } “{ $title }” on { $time } is over: nobody proposed an item.
agenda-poll-one-proposal = Agenda poll #{ $poll } for meeting #{ $id } “{ $title }” on { $time } had a single proposal: it goes on the agenda without a ranking.
agenda-poll-ranking = Proposals for meeting #{ $id } “{ $title }” on { $time } are closed (agenda poll #{ $poll }): { $count ->
    [one] one proposal
   *[other] { $count } proposals
}. Rank them in poll #{ $vote }; { $top ->
    [one] the first goes
   *[other] the first { $top } go
} on the agenda.
agenda-poll-done = Poll #{ $vote } ranked the proposals of agenda poll #{ $poll }: { $count ->
    [0] nothing goes
    [one] one item goes
   *[other] { $count } items go
} on the agenda of meeting #{ $id } “{ $title }” on { $time }.
agenda-poll-left-out = { $count ->
    [one] One more proposal did not fit
   *[other] { $count } more proposals did not fit
}: an agenda holds at most { $max } items.
err-agenda-poll-no-body = Meeting #{ $id } belongs to no body: an agenda poll is for the members of a body, so it needs a meeting scheduled in a room linked to one.
err-agenda-poll-too-late = The proposals and the ranking would end on { $ends }, after meeting #{ $id } “{ $title }” begins on { $time }. Give shorter windows, or a later occurrence with `--date`.
err-agenda-poll-running = Meeting #{ $id } “{ $title }” on { $time } already has agenda poll #{ $poll }: an occurrence has one at a time.
err-agenda-propose-not-member = Agenda poll #{ $poll } takes proposals from the members of `{ $body }` in good standing, and you are not counted as one.
err-agenda-propose-closed = Agenda poll #{ $poll } stopped taking proposals on { $at }.
err-agenda-proposal-twice = Agenda poll #{ $poll } already has this proposal: { $number }. { $text }
err-agenda-proposals-full = Agenda poll #{ $poll } already has { $max } proposals, the most a poll can rank.

## Attendance, quorum and the speaking queue
cmd-body-quorum-summary = Show or set how many members make a quorum in a body.
cmd-body-quorum-help = Give a share of the members (`50%`, rounded up to whole people) or a number of people (`12`); `none` removes the rule. The members are everyone with a role in the body. Staff of the body or an administrator set the rule; anyone can see it by leaving the rule out. The roll call (`!meeting attendance`) checks it.
cmd-meeting-attendance-summary = Take the roll call of a meeting under way, then check its quorum.
cmd-meeting-attendance-help = The first time, opens the roll call of the occurrence under way (or starting within 30 minutes) and offers to answer present, in the room or remotely. Run it again to see who is present and whether the body's quorum is reached. The person who scheduled the meeting, staff of its body and administrators can use it. Each occurrence keeps its own record. With `--date`, anyone who sees the meeting reads the record of that day's occurrence.
cmd-meeting-present-summary = Answer the roll call of a meeting under way.
cmd-meeting-present-help = Records you as present at the occurrence under way (or starting within 30 minutes). Add `remote` if you take part from afar; answering again changes your answer.
cmd-hand-raise-summary = Raise your hand to speak (`!hand`).
cmd-hand-raise-help = Puts you at the end of this room's speaking queue. Add `remote` if you speak from afar, or `in-person`; without it, your answer to the roll call of the meeting under way decides.
cmd-hand-down-summary = Lower your hand.
cmd-hand-down-help = Takes you out of this room's speaking queue.
cmd-queue-show-summary = Show who is waiting to speak (`!queue`).
cmd-queue-show-help = Lists this room's speaking queue in order, with who takes part remotely and how long each person has waited.
cmd-queue-clear-summary = Empty the speaking queue (chair).
cmd-queue-clear-help = The chair is whoever scheduled the meeting under way here, staff of the room's body, or an administrator.
cmd-next-summary = Give the floor to the first person in the queue (chair).
cmd-next-help = Names the first person waiting, takes them out of the queue and says who comes next. Only the chair can do it: whoever scheduled the meeting under way here, staff of the room's body, or an administrator.
param-rule = A quorum rule: 50% (of the members), 12 (people) or none
param-presence = remote if you take part from afar, in-person otherwise
body-quorum-percent = The quorum of **{ $name }** (`{ $short }`) is { $percent }% of its members: { $needed } of { $members } today.
body-quorum-count = The quorum of **{ $name }** (`{ $short }`) is { $needed ->
    [one] { $needed } member
   *[other] { $needed } members
} present; it has { $members } today.
body-quorum-none = **{ $name }** (`{ $short }`) has no quorum rule. Staff can set one, for example `!body quorum { $short } 50%`.
body-quorum-set-percent = From now on, the quorum of **{ $name }** (`{ $short }`) is { $percent }% of its members: { $needed } of { $members } today.
body-quorum-set-count = From now on, the quorum of **{ $name }** (`{ $short }`) is { $needed ->
    [one] { $needed } member
   *[other] { $needed } members
} present; it has { $members } today.
body-quorum-set-none = **{ $name }** (`{ $short }`) no longer has a quorum rule.
err-meeting-not-under-way = Meeting #{ $id } is not under way: its next occurrence starts { $time }. Attendance opens { $minutes } minutes before the start.
err-attendance-not-yours = Only the person who scheduled meeting #{ $id }, staff of its body or an administrator can take its roll call.
attendance-open = 📋 Roll call for meeting #{ $id } “{ $title }” ({ $time }): who is here?
attendance-choice-present = Present
attendance-choice-remote = Present remotely
attendance-present = You are recorded as present at meeting #{ $id } “{ $title }” ({ $time }).
attendance-present-remote = You are recorded as present remotely at meeting #{ $id } “{ $title }” ({ $time }).
attendance-report = 📋 Roll call for meeting #{ $id } “{ $title }” ({ $time }):
attendance-nobody = Nobody has answered yet.
attendance-line = { $name }
attendance-line-remote = { $name } · 🌐 remote
attendance-line-guest = { $name } · not a member, not counted
attendance-line-guest-remote = { $name } · 🌐 remote · not a member, not counted
attendance-tally-no-body = { $present } present{ $remote ->
    [0] {""}
   *[other] {" "}({ $remote } remote)
}.
attendance-tally-no-rule = { $present } present{ $remote ->
    [0] {""}
   *[other] {" "}({ $remote } remote)
} of { $members ->
    [one] { $members } member
   *[other] { $members } members
}; `{ $short }` has no quorum rule.
attendance-tally-percent-reached = { $present } present{ $remote ->
    [0] {""}
   *[other] {" "}({ $remote } remote)
} of { $members ->
    [one] { $members } member
   *[other] { $members } members
}; quorum { $needed } ({ $percent }%): **reached**.
attendance-tally-percent-missing = { $present } present{ $remote ->
    [0] {""}
   *[other] {" "}({ $remote } remote)
} of { $members ->
    [one] { $members } member
   *[other] { $members } members
}; quorum { $needed } ({ $percent }%): **not reached**, { $missing } more needed.
attendance-tally-count-reached = { $present } present{ $remote ->
    [0] {""}
   *[other] {" "}({ $remote } remote)
} of { $members ->
    [one] { $members } member
   *[other] { $members } members
}; quorum { $needed }: **reached**.
attendance-tally-count-missing = { $present } present{ $remote ->
    [0] {""}
   *[other] {" "}({ $remote } remote)
} of { $members ->
    [one] { $members } member
   *[other] { $members } members
}; quorum { $needed }: **not reached**, { $missing } more needed.
err-queue-direct = The speaking queue belongs to a meeting room, not to a private conversation.
err-not-chair = Only the chair can do this: the person who scheduled the meeting under way here, staff of this room's body, or an administrator.
err-queue-not-in = You are not in this room's speaking queue.
err-queue-empty = Nobody is waiting to speak, so there is no one to give the floor to.
queue-raised = ✋ { $name } raised a hand: number { $position } in the queue.
queue-already = You are already in the queue, at position { $position }.
queue-already-remote = You are already in the queue, at position { $position }; it now shows that you speak remotely.
queue-already-in-person = You are already in the queue, at position { $position }; it now shows that you speak from the room.
queue-lowered = { $name } lowered their hand.
queue-empty = Nobody is waiting to speak.
queue-title = { $count ->
    [one] One person is waiting to speak:
   *[other] { $count } people are waiting to speak:
}
queue-line = { $position }. { $name } — waiting { $minutes ->
    [0] less than a minute
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
queue-line-remote = { $position }. { $name } · 🌐 remote — waiting { $minutes ->
    [0] less than a minute
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
queue-floor = 🎤 { $who }, you have the floor.
queue-floor-remote = 🎤 { $who }, you have the floor (🌐 remote).
queue-next-up = Next in line: { $name } ({ $count } waiting).
queue-cleared = { $count ->
    [0] The speaking queue was already empty.
    [one] The speaking queue is cleared: one person removed.
   *[other] The speaking queue is cleared: { $count } people removed.
}
err-attendance-no-record = Meeting #{ $id } has no occurrence on { $date } that has begun or is about to; its attendance is recorded from 30 minutes before the start.

## Failed sends

category-outbox = **Deliveries**
cmd-outbox-list-summary = List the messages that could not be delivered (`!outbox`).
cmd-outbox-list-help = Shows the sends Quorum gave up on, newest first: the number, the platform, where each was going, when it failed, after how many attempts, and why — never what it said. A send fails at once when the platform refuses it for good (direct messages closed, a permission missing, an unknown user or room), and after a day (by default) of temporary failures. Staff see the sends to the rooms of their body and the direct messages to people with a role in it; administrators see all.
cmd-outbox-retry-summary = Try a failed send again.
cmd-outbox-retry-help = Puts a failed send back in the queue, to be tried at once and, if it keeps failing for a temporary reason, for another day. Fix the cause first: the member opens their direct messages, the bot gets the permission or is invited back.
outbox-none = No failed sends: everything was delivered or is still being tried.
outbox-title = { $count ->
    [one] One failed send:
   *[other] { $count } failed sends, newest first:
}
outbox-line = #{ $id } · { $platform } · { $kind ->
    [room] room { $to }
    [direct] direct message to { $to }
   *[other] unknown recipient
} · failed { $time } after { $attempts ->
    [one] { $attempts } attempt
   *[other] { $attempts } attempts
} · { $failure ->
    [permanent] refused
    [expired] gave up
    [unreadable] unreadable
   *[other] failed
}: { $reason }
outbox-more = … and { $count } more.
outbox-retried = Send #{ $id } is back in the queue and will be tried again now.
err-outbox-pending = Send `#{ $id }` has not failed: it is still being tried.
err-outbox-sent = Send `#{ $id }` has not failed: it was delivered.

## Input: one time per command, zones, dates and command names

err-unknown-subcommand-suggest = `{ $command }` has no subcommand `{ $name }`. Did you mean `{ $suggestion }`?
err-date-out-of-range = “{ $value }” is outside the years Quorum plans for: give a date from { $from } to { $to }.
err-two-times = Say when only once: `{ $first }` and “{ $second }” both give a time. If “{ $second }” belongs to the text, put the text in quotes.
err-zone-with-duration = A delay (`in …`) counts from now, so the time zone “{ $zone }” changes nothing: leave it out, or give a time with `at`. If it belongs to the text, put the text in quotes.
zone-fixed-offset = Note: “{ $given }” is a fixed offset ({ $offset }) all year, with no summer time. People who write it usually mean `{ $zone }`; name that zone to follow its clocks through the year.
zone-fixed-offset-nowhere = Note: “{ $given }” is a fixed offset ({ $offset }) all year, with no summer time; to follow a place's clocks, name its zone, for example `Europe/Zurich`.

## Times said with how far off they are, and lengths of time
time-ahead = { $time } ({ $ahead })
ahead-now = now
ahead-minutes = in { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
ahead-hours = in { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
ahead-hours-minutes = in { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
} { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
ahead-tomorrow = tomorrow
ahead-days = in { $count ->
    [one] { $count } day
   *[other] { $count } days
}
duration-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
duration-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
duration-hours-minutes = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
} { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
duration-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}

## A body's language
cmd-body-lang-summary = Show or set the language of a body's rooms.
cmd-body-lang-help = Messages Quorum posts to the body's rooms by itself (meeting reminders, reminders for the room) are written in this language; answers to a person stay in that person's language. Staff of the body can change it.
body-lang-current = The rooms of `{ $body }` get messages in `{ $lang }`. Available: { $choices }.
body-lang-set = The rooms of `{ $body }` will now get messages in `{ $lang }`.

## Repetitions in words
repeat-hourly = every hour
repeat-days = { $interval ->
    [one] every day
   *[other] every { $interval } days
} at { $time }
repeat-weekdays = every weekday at { $time }
repeat-weekends = every Saturday and Sunday at { $time }
repeat-weekly = { $interval ->
    [one] every week
   *[other] every { $interval } weeks
} at { $time }
repeat-weeks = { $interval ->
    [one] every { $days }
   *[other] every { $interval } weeks on { $days }
} at { $time }
repeat-months-day = { $interval ->
    [one] every month
   *[other] every { $interval } months
} on day { $day } at { $time }
repeat-months-nth = { $interval ->
    [one] every month
   *[other] every { $interval } months
} on the { $nth ->
    [1] first
    [2] second
    [3] third
    [4] fourth
    [5] fifth
   *[last] last
} { $weekday ->
    [mon] Monday
    [tue] Tuesday
    [wed] Wednesday
    [thu] Thursday
    [fri] Friday
    [sat] Saturday
   *[sun] Sunday
} at { $time }
repeat-cron = cron `{ $cron }`
weekday-name = { $day ->
    [mon] Monday
    [tue] Tuesday
    [wed] Wednesday
    [thu] Thursday
    [fri] Friday
    [sat] Saturday
   *[sun] Sunday
}
list-pair = { $first }, { $rest }
list-last-pair = { $first } and { $rest }

## Applications
category-applications = **Applications**
cmd-apply-to-summary = Apply to join a body.
cmd-apply-to-help = Starts your application to the body, privately: Quorum asks its questions one at a time in your direct conversation, and you answer each with a plain message there (no `!`). The standard questions are your full name, your organisation (`-` for none), your country (its two-letter ISO code, such as `CH`) and why you want to join; the body may add its own. You can stop at any time with `!apply cancel` and pick up where you were after a restart. The body's committee then approves or rejects it, and you are told here, in your language.
cmd-apply-answers-summary = Answer the next questions of your application at once.
cmd-apply-answers-help = Answers the next questions of the application you are filling in, in order: each word or quoted text is one answer. Where forms are shown (Discord), `apply answers` alone opens the form of the next questions. Answers before one that is refused are kept; the refused one is asked again.
cmd-apply-cancel-summary = Withdraw your open application.
cmd-apply-cancel-help = Withdraws the application you are answering or that waits for a decision. You may apply again later.
cmd-apply-status-summary = See your applications and where each stands.
cmd-apply-status-help = Lists your applications: the body, and whether each is being answered (`drafting`), waiting for the committee (`pending`), sent to a vote of the committee (`referred`), `approved`, `rejected` or `withdrawn`.
cmd-apply-questions-summary = See what an application to a body asks.
cmd-apply-questions-help = Lists the questions an application to the body asks, in order: the four standard ones, then the body's own.
cmd-applications-summary = List a body's applications.
cmd-applications-help = Lists the applications to the body (the room's body without one named), by default those waiting for a decision; `--status` shows those in one state, or `all`. For the body's committee (`exec`) and staff, privately.
cmd-application-show-summary = Read an application's answers.
cmd-application-show-help = Shows an application and every answer, with its question as it was asked. For the body's committee and staff, privately.
cmd-application-approve-summary = Approve an application.
cmd-application-approve-help = The applicant becomes a member of the body: they get the role `member`, are invited to the body's rooms with the platforms' member role, and are welcomed in their language.
cmd-application-reject-summary = Reject an application, with the reason.
cmd-application-reject-help = The applicant is told, in their language, with the reason you give.
cmd-application-refer-summary = Send an application to a vote of the committee.
cmd-application-refer-help = Marks a waiting application as referred to a vote of the body's committee; the committee then approves or rejects it with the result. Staff only.
apply-started = Application #{ $id } to **{ $body }** (`{ $short }`): { $count } questions. Answer each with a message here; `!apply cancel` stops.
apply-resumed = Application #{ $id } to `{ $body }` goes on where you stopped:
apply-question = Question { $number } of { $total }: { $question }
apply-question-line = { $number }. { $question }
apply-q-name = What is your full name?
apply-q-organisation = Which organisation do you belong to? Write `-` for none.
apply-q-country = In which country are you based? Its two-letter code, such as `CH`, `KE` or `BR`.
apply-q-motivation = Why do you want to join?
apply-q-body = { $text }
apply-started-form = Application #{ $id } to **{ $body }** (`{ $short }`): { $count } questions, in a form.
apply-form-title = Application: questions { $from }–{ $to } of { $total }
apply-form-open = Answer the questions
apply-form-next = Application #{ $id } to `{ $body }` goes on with these questions:
apply-answers-noted = { $count ->
    [one] One answer noted.
   *[other] { $count } answers noted.
}
apply-field-name = Full name
apply-field-organisation = Organisation (- for none)
apply-field-country = Country (two-letter code)
apply-field-motivation = Why do you want to join?
apply-field-own = Question { $number }
err-apply-nothing-to-answer = You have no application being filled in. `!apply BODY` starts one.
err-apply-too-many-answers = { $given } answers, but only { $left } questions are left.
apply-answer-noted = Noted: { $answer }
apply-submitted = Thank you: application #{ $id } to **{ $body }** (`{ $short }`) is complete. Its committee will decide, and you will be told here. `!apply status` shows where it stands.
apply-nothing-asked = Nothing is being asked here any more: your application was decided or withdrawn. `!apply status` shows where it stands.
apply-withdrawn = Application #{ $id } to `{ $body }` is withdrawn.
apply-status-none = You have not applied to any body. `!apply BODY` starts an application.
apply-status-title = { $count ->
    [one] Your application:
   *[other] Your { $count } applications:
}
apply-status-line = #{ $id } · `{ $body }` · { $status }
apply-questions-title = An application to `{ $body }` asks:
apply-question-added = Question { $number } added to the applications to `{ $body }`: { $text }
apply-question-removed = Question { $number } removed from the applications to `{ $body }`.
application-vote-opened = The committee votes on it in poll #{ $poll } (`!poll vote #{ $poll } yes|no|abstain`), open { $days } days: passed, the application is approved; otherwise it is rejected.
apply-approved = Welcome to **{ $body }** (`{ $short }`): your application was approved, and you are now a member. You will be invited to its rooms.
apply-rejected = Your application to **{ $body }** was not accepted. The committee's reason: { $reason }
applications-none = No applications to `{ $body }` in that state.
applications-title = { $count ->
    [one] 1 application to `{ $body }`:
   *[other] { $count } applications to `{ $body }`:
}
application-line = #{ $id } · { $applicant } · { $status } · since { $created }
application-answer = { $number }. { $question } — { $answer }
application-decided = Application #{ $id } by { $applicant } to `{ $body }`: { $status }.
err-apply-member = You are already a member of `{ $body }`.
err-apply-already = You already applied to `{ $body }`: application #{ $id } is { $status }. `!apply status` shows it; `!apply cancel` withdraws it.
err-apply-finish-first = Finish or withdraw your application #{ $id } to `{ $body }` first: answer its question here, or send `!apply cancel`.
err-apply-none-open = You have no open application to withdraw.
err-apply-country = “{ $value }” is not a country code. Write the two-letter ISO code of the country, such as `CH` for Switzerland or `KE` for Kenya.
err-apply-questions-full = `{ $body }` asks { $max } questions of its own already: remove one first.
err-apply-question-standard = Question { $number } is one of the standard questions, which every application asks; only the body's own (from 5 on) can be removed.
err-application-decided = Application #{ $id } is { $status }: it is not waiting for a decision.

## Onboarding
cmd-onboarding-show-summary = See your onboarding checklist in a body.
cmd-onboarding-show-help = Shows the body's checklist for new members with what you have done (the room's body without one named). Staff may name a member to see theirs.
cmd-onboarding-done-summary = Tick an item of your onboarding checklist.
cmd-onboarding-done-help = Marks the item with this number as done. Staff may tick an item for a member they name. Until every item is done, Quorum reminds you every three days, ten times at most.
cmd-onboarding-items-summary = See or change a body's onboarding checklist.
cmd-onboarding-items-help = Shows the checklist that new members of the body get when their application is approved; staff add items (up to 20, each up to 300 characters) or remove one by its number.
onboarding-item = { $done ->
    [yes] ✅
   *[no] ⬜
} { $number }. { $text }
onboarding-none = You have no onboarding checklist in `{ $body }`.
onboarding-none-for = { $who } has no onboarding checklist in `{ $body }`.
onboarding-title = { $left ->
    [0] Your onboarding in `{ $body }` is complete:
    [one] Your onboarding in `{ $body }`: { $left } of { $total } items left.
   *[other] Your onboarding in `{ $body }`: { $left } of { $total } items left.
}
onboarding-title-for = Onboarding of { $who } in `{ $body }`: { $left } of { $total } left.
onboarding-how = Tick an item with `!onboarding done NUMBER`.
onboarding-already = Item { $number } ({ $text }) was done already.
onboarding-ticked = Done: { $number }. { $text } — { $left ->
    [one] 1 item left.
   *[other] { $left } items left.
}
onboarding-complete = Done: { $number }. { $text } — your onboarding in `{ $body }` is complete. Welcome aboard!
onboarding-items-none = `{ $body }` has no onboarding checklist yet.
onboarding-items-title = The onboarding checklist of `{ $body }`:
onboarding-item-line = { $number }. { $text }
onboarding-item-added = Item { $number } added to the onboarding checklist of `{ $body }`: { $text }
onboarding-item-removed = Item { $number } removed from the onboarding checklist of `{ $body }`.
onboarding-reminder = Your onboarding in `{ $body }`: { $left ->
    [one] 1 item is left:
   *[other] { $left } items are left:
}
onboarding-welcome = To get started:
err-onboarding-full = The checklist of `{ $body }` has { $max } items already: remove one first.

## Member records and the directory
category-members = **Members**
cmd-member-list-summary = List the body's members, a page at a time.
cmd-member-list-help = Filters: `--group`, `--region` (africa, americas, asia, europe, oceania, or the M49 code), `--country` (ISO code such as `FR`), `--status` (applicant, active, renewal-due, lapsed, former, suspended) and `--kind` (person or organisation). Members see members in good standing and the fields the body makes public, and may filter only by those; staff see every record and field. Sent privately.
cmd-member-show-summary = Show one member record.
cmd-member-show-help = Staff see every field, including notes; a member sees the public fields, and their own record without the staff notes.
cmd-member-add-summary = Add a member record.
cmd-member-add-help = Give a name in quotes, or `@user` to make the record theirs. The country is an ISO 3166 code and gives the UN region. A person with an account can represent an organisation (`--represents ID`); `--voting` makes them the one who votes for it. Without `--status`, the member is active from today.
cmd-member-edit-summary = Change a member record.
cmd-member-edit-help = Staff change any field; `-` clears one (`--notes -`). A member may change the languages and gender of their own record. Status: an applicant becomes active, anyone may become former, a former member active again; renewal due and lapsed follow the renewal date.
cmd-member-suspend-summary = Suspend a member, with a reason.
cmd-member-suspend-help = A suspended member does not count for quorum, polls or elections until reinstated. The change is audited.
cmd-member-reinstate-summary = Reinstate a suspended member.
cmd-member-reinstate-help = The member is active again; if their renewal date has passed, renewal becomes due or the membership lapses at once.
cmd-member-renew-summary = Renew a membership.
cmd-member-renew-help = Active, due and lapsed memberships become active until the date given, or one year after the current renewal date.
cmd-member-remove-summary = Delete a member record.
cmd-member-remove-help = A deleted record cannot be brought back: without `--yes` Quorum asks first. To keep the history, make the member former instead.
cmd-member-public-summary = Show or choose the fields members see.
cmd-member-public-help = Fields: kind, organisation, group, country, region, languages, status, joined, renewal, or `none`. Names are always shown; gender and staff notes never are.
cmd-member-policy-summary = Show or set the body's renewal rules.
cmd-member-policy-help = `--notice` is how many days before the renewal date the member is reminded (and renewal becomes due); `--grace` how many days after it the membership lapses if not renewed.
cmd-member-import-summary = Import member records from a CSV file.
cmd-member-import-help = The first line names the columns: name (required), kind, organisation, group, country, languages, gender, status, joined, renewal, notes. Commas, semicolons or tabs; a byte-order mark and quoted line breaks are fine. Without `--commit` nothing is written: Quorum checks every line and names each bad one. With `--commit`, all lines are written at once, or none. The file is read on the machine Quorum runs on, so imports work from the console.
cmd-member-export-summary = Export the member records as a CSV file.
cmd-member-export-help = Every record with every field, staff notes included: keep the file safe. The file can be imported again.
cmd-member-stats-summary = Show the balance of the membership.
cmd-member-stats-help = Counts and shares of members in good standing by stakeholder group, region and gender. Groups of fewer than 5 people are merged and no line counts fewer than 5 people, so no one is singled out.
param-account = The member's account, like @alice
param-kind = person or organisation
param-org = The organisation
param-group = The stakeholder group
param-country = A country code, like FR or KE
param-languages = Language codes, like en,fr
param-gender = Self-declared gender, for balance statistics only
param-status = The membership status
param-joined = The date they joined, like 2026-01-15
param-renewal = The renewal date, like 2027-01-15
param-represents = The organisation's record number, like #3
param-voting = Make them the organisation's voting representative
param-notes = Notes for staff only
param-region = A region: africa, americas, asia, europe or oceania
param-page = The page number
param-answers = Your answers, in order
param-reason = The reason
param-until = The new renewal date
param-fields = The fields members see
param-grace = Days after the renewal date before a membership lapses
param-notice = Days before the renewal date that the member is reminded
param-path = The path of the CSV file
param-commit = Write the records (without it, only check them)
member-status = { $status ->
    [applicant] applicant
    [active] active
    [renewal-due] renewal due
    [lapsed] lapsed
    [former] former member
   *[suspended] suspended
}
member-kind = { $kind ->
    [organisation] organisation
   *[person] person
}
member-region = { $region ->
    [africa] Africa
    [americas] Americas
    [asia] Asia
    [europe] Europe
    [oceania] Oceania
   *[none] no region
}
member-gender = { $gender ->
    [woman] woman
    [man] man
    [non-binary] non-binary
   *[other] other
}
member-detail-text = { $text }
member-detail-code = `{ $code }`
member-detail-pair = { $first } · { $rest }
member-line = #{ $id } **{ $name }**
member-line-details = #{ $id } **{ $name }** — { $details }
member-field = { $field ->
    [kind] Kind
    [organisation] Organisation
    [group] Stakeholder group
    [country] Country
    [region] Region
    [languages] Languages
    [status] Status
    [joined] Joined
    [renewal] Renewal date
    [reason] Reason
    [gender] Gender
    [account] Account
   *[notes] Staff notes
}: { $value }
member-show-title = Member #{ $id }: **{ $name }**
member-represents = Represents #{ $id } { $name }
member-represents-voting = Represents #{ $id } { $name } (voting representative)
member-no-representatives = No representatives yet.
member-representatives = Representatives:
member-representative = #{ $id } { $name }
member-representative-voting = #{ $id } { $name } (votes for the organisation)
member-public-current = Members of `{ $body }` see these fields: { $fields }.
member-public-set = From now on, members of `{ $body }` see these fields: { $fields }.
member-policy-current = In `{ $body }`, members are reminded { $notice } days before their renewal date, and a membership lapses { $grace } days after it if not renewed.
member-policy-set = From now on, in `{ $body }`, members are reminded { $notice } days before their renewal date, and a membership lapses { $grace } days after it if not renewed.
member-list-empty = No member of `{ $body }` matches.
member-list-title = { $count ->
    [one] One member of `{ $body }`:
   *[other] { $count } members of `{ $body }`, page { $page } of { $pages }:
}
member-list-next = Next page: `{ $command }`
err-member-page = There is no page { $page }: the list has { $pages }.
err-member-filter-hidden = `{ $flag }` filters by a field that members of `{ $body }` cannot see.
err-member-not-found = Member record `{ $id }` was not found.
err-member-account-taken = { $who } already has a member record here: `{ $id }`.
err-member-not-organisation = Record `{ $id }` is not an organisation that can be represented.
err-member-organisation-account = An organisation has no account of its own: add its people as representatives (`--represents`).
err-member-representative-account = A representative must have an account: give `--account @USER`.
err-member-voting-alone = Only a representative of an organisation can be its voting representative: give `--represents ID`.
member-added = Added member #{ $id } **{ $name }** to `{ $body }` ({ $status }).
err-member-status-change = Member #{ $id } cannot go from { $from } to { $to } this way.
member-updated = Member #{ $id } **{ $name }** updated.
err-member-cannot-suspend = Member #{ $id } cannot be suspended: they are { $status }.
member-suspended = Member #{ $id } **{ $name }** is suspended: { $reason }
err-member-not-suspended = Member #{ $id } is not suspended: they are { $status }.
member-reinstated = Member #{ $id } **{ $name }** is reinstated.
err-member-cannot-renew = Member #{ $id } cannot be renewed: they are { $status }.
err-member-renew-past = The new renewal date `{ $date }` must be after today.
member-renewed = Member #{ $id } **{ $name }** is renewed until `{ $date }`.
member-confirm-remove = Delete the record
member-remove-confirm = Delete member #{ $id } **{ $name }** for good? This cannot be undone.
member-removed = Member record #{ $id } **{ $name }** deleted.
member-renewal-reminder = { $name }, your membership of `{ $body }` is due for renewal on `{ $date }`. { $days ->
    [0] If it is not renewed, it lapses that day.
    [one] If it is not renewed, it lapses one day later.
   *[other] If it is not renewed, it lapses { $days } days later.
} Please contact the secretariat.
member-lapsed-notice = { $name }, your membership of `{ $body }` has lapsed: it was due for renewal on `{ $date }`. Please contact the secretariat to renew it.
member-import-cell = column `{ $column }`: { $reason }
err-member-import-empty = The file has no member lines.
err-member-import-unreadable = The file's first line cannot be read as CSV.
err-member-import-header = Unknown column “{ $header }”. Columns: `{ $allowed }`.
err-member-import-header-twice = The column “{ $header }” appears twice.
err-member-import-no-name = The file needs a `name` column.
err-member-import-too-many = The file has more than { $max } lines: split it.
member-import-unreadable-line = this line cannot be read as CSV
member-import-cells = { $expected } cells expected, { $found } found
err-member-import-console = An import reads a file on the machine Quorum runs on: run it from the console.
err-member-import-too-big = The file is larger than { $megabytes } MB.
err-member-import-read = Cannot read the file “{ $path }”.
err-member-import-encoding = The file is not UTF-8 text: save it as “CSV UTF-8”.
member-import-bad = { $bad ->
    [one] One bad line of { $count }; nothing was written:
   *[other] { $bad } bad lines of { $count }; nothing was written:
}
member-import-bad-line = Line { $line }: { $reason }
member-import-more = … and { $count } more bad lines.
member-import-nothing-written = Correct the file and import it again.
member-import-ready = { $count ->
    [one] The line is correct.
   *[other] All { $count } lines are correct.
} Nothing is written yet: run `{ $command }` to import them.
member-import-done = { $count ->
    [one] Imported one member record into `{ $body }`.
   *[other] Imported { $count } member records into `{ $body }`.
}
member-export-ready = { $count ->
    [one] One member record of `{ $body }`, as CSV. It includes staff notes: keep it safe.
   *[other] { $count } member records of `{ $body }`, as CSV. They include staff notes: keep them safe.
}
member-stats-empty = `{ $body }` has no members in good standing yet.
member-stats-title = { $count ->
    [one] Balance of `{ $body }`: one member in good standing.
   *[other] Balance of `{ $body }`: { $count } members in good standing.
}
member-stats-too-few = Fewer than { $min } members: no breakdown, so no one is singled out.
member-stats-heading = { $dimension ->
    [group] **By stakeholder group**
    [region] **By region**
   *[gender] **By gender**
}
member-stats-line = { $label }: { $count } ({ $share }%)
member-stats-not-stated = not stated
member-stats-other = others (groups of fewer than { $min })
member-stats-other-not-stated = others and not stated (groups of fewer than { $min })


## Linked accounts
cmd-account-link-summary = Link your accounts on several platforms into one member.
cmd-account-link-help = Without a code, gives you a one-time link code, in a direct message only (on Discord, any command: nobody else sees it). Send `!account link CODE` to Quorum in a direct message from your account on another platform within 10 minutes: both accounts become one member, the one who asked for the code. Whatever the other member held (roles, reminders, answers, agenda items, attendance) joins it; where both held the same, the asking member's is kept. A code works once and 5 wrong tries lock it. A member has one account per platform. When the other member holds records, which unlinking does not give back, you are asked first: add `--yes` to go ahead.
cmd-account-unlink-summary = Unlink your account on one platform.
cmd-account-unlink-help = Makes your account on that platform a member of its own again, with no roles; your records and roles stay with your other accounts. Your only account cannot be unlinked.
whoami-account = Account on { $platform }: `{ $user }` ({ $name })
account-code-issued = Your link code is `{ $code }`. Before { $until }, send `!account link { $code }` to Quorum in a direct message from your account on another platform. It works once and replaces any code you asked for before.
account-linked = Your { $platform } account `{ $user }` is now linked to member number { $id }, who has these accounts:
account-merged = Everything member number { $gone } held now belongs to member number { $id }; where both held the same, member number { $id }’s was kept.
account-linked-notice = Your { $platform } account `{ $user }` was just linked to you, member number { $id }, with the link code you asked for. If that was not you, unlink it at once with `!account unlink { $platform }`.
account-link-confirm = Your account's member, number { $gone }, holds { $count ->
    [one] one record
   *[other] { $count } records
} (roles, reminders, answers, agenda items, attendance). Linking moves them to member number { $id }, who asked for the code, and unlinking later does not move them back. Nothing is linked yet; the code works until it expires.
account-confirm-link = Link and move them
account-unlinked = Your account on { $platform } (`{ $user }`) is no longer linked: it is now member number { $id }, with no roles.
account-unlinked-here = You wrote from that account: from now on it acts as member number { $id }.
account-remaining = Member number { $id } keeps these accounts:
err-account-link-public = Link codes are given in a direct message only: send `!account link` to Quorum in a direct message.
err-account-code-public = Link codes are used in a direct message only: others here could read this one. If it was a valid code, it no longer works; ask for a new one with `!account link` in a direct message.
err-link-code-format = That is not a link code: a code is three groups of four letters and digits, like `K7QD-M4XP-9TRW`.
err-link-code-unknown = No link code starts with `{ $handle }`. Check it, or ask for a new one with `!account link` from your other account.
err-link-code-used = This link code was already used: a code works once. Ask for a new one with `!account link`.
err-link-code-expired = This link code expired at { $at }: a code works for 10 minutes. Ask for a new one with `!account link` from the account that asked for it.
err-link-code-locked = This link code is locked: it had { $tries } wrong tries, or it was sent in a room where others could read it. The person who asked for it must ask for a new one with `!account link`.
err-link-code-wrong = Wrong link code. { $left ->
    [one] One more wrong try locks it.
   *[other] { $left } more wrong tries lock it.
}
err-link-code-now-locked = Wrong link code. That was wrong try number { $tries }: the code is now locked, and the person who asked for it must ask for a new one with `!account link`.
err-link-code-own = This account already belongs to member number { $id }, who asked for this code: there is nothing to link. Send the code from your account on another platform.
err-link-code-same-platform = This code was asked for on { $platform }: send it from your account on another platform.
err-link-platform-taken = Both members have an account on { $platform }, and a member has one account per platform. Unlink one of them first with `!account unlink { $platform }`; the code still works until it expires.
err-unlink-none = You have no account on { $platform } linked. `!whoami` lists your accounts.
err-unlink-only = Your account on { $platform } is your only account: there is nothing to unlink it from.

## Your data
cmd-mydata-summary = Get everything Quorum holds about you.
cmd-mydata-help = Sends you, privately, a JSON file with everything Quorum stores about you: your settings, accounts, roles, member records, reminders, answers, attendance, agenda items, applications and what you did that the audit log records. Notes staff keep about members are not included.
cmd-forgetme-summary = Erase your personal data.
cmd-forgetme-help = Erases what Quorum holds about you: your name, language and zone, your accounts (unlinked), your roles, your member records (kept anonymous, as former members, for the counts), and what you wrote (reminders, agenda items, application answers). Counts such as attendance and the audit log stay, under a pseudonym. Asks for `--yes` first; it cannot be undone.
mydata-ready = Here is everything Quorum holds about you, as a JSON file. Notes staff keep about members are not included.
forgetme-ask = This erases your name, language and zone, unlinks your accounts, removes your roles, makes your member records anonymous and replaces what you wrote (reminders, agenda items, application answers). Counts and the audit log keep a pseudonym. It cannot be undone: confirm with `!forgetme --yes`.
forgetme-confirm = Erase my data
forgetme-done = Done: Quorum has erased your personal data. Your accounts are no longer linked to any member; if you write again, you start afresh.

## Polls
category-polls = **Polls and voting rights**
cmd-poll-create-summary = Open a poll: single or multiple choice, ranked, score, or a proposal.
cmd-poll-create-help = Opens a poll in this room: the question, then each option (a word, or a quoted text; 2 to 20). One option by default; `--multi` lets voters pick several (`--min`, `--max`); `--ranked` asks them to rank the options, counted by instant-runoff with every round shown; `--score 0-5` asks for a score per option; `--proposal` asks yes, no or abstain, with `--majority simple|absolute|2/3` and `--quorum 50%` (or a number). `--anonymous` keeps who voted apart from the ballots: a ballot cannot be changed, and results stay hidden until the close. `--body SHORT` lets only the body's members in good standing vote, one vote per member whatever platforms they use (taken when the poll opens; `--weighted` counts their weights). `--closes 48h` or `--closes "2026-12-10 18:00"` (on your clock) closes it by itself; `--remind 24h` reminds who has not voted, privately, that long before.
cmd-poll-vote-summary = Vote in a poll, or change your vote.
cmd-poll-vote-help = Votes in a poll: one option number (`2`), several (`1,3`), a ranking most preferred first (`3 1 2`), a score per option in order (`4 0 5`), or `yes`, `no` or `abstain` for a proposal. Voting again replaces your vote until the close, except in anonymous polls. If you hold someone's proxy, `--for @member` votes for them and `--for all` for everyone whose proxy you hold; while you have given your proxy, you cannot vote in person.
poll-ballot-open = Fill in my ballot
poll-ballot-score = { $option } (0–{ $max })
poll-ballot-ranking = Your ranking, most preferred first
cmd-poll-ballot-summary = Fill in a poll's ballot privately.
cmd-poll-ballot-help = Gives you a ranked or score poll's ballot privately, one step at a time: on Discord menus only you see (your first choice, then the next among the rest…, or a score for each option), cast with `!poll vote` only when you confirm; elsewhere, how to vote. PICKS carries the picks so far (`3,1`, or scores with `-` for none yet: `4,-,0`).
cmd-poll-show-summary = Show a poll and its results.
cmd-poll-show-help = Shows a poll's question and options, and its counts: at once for a poll that is not anonymous, after the close for an anonymous one. Ranked polls show every instant-runoff round; proposals say whether they passed and why.
cmd-poll-close-summary = Close a poll now.
cmd-poll-close-help = Closes a poll before its deadline and posts the result in its room. Its creator, the staff of its body or an administrator may.
cmd-poll-extend-summary = Move a poll's deadline later.
cmd-poll-extend-help = Adds time to an open poll: from its deadline, or from now if it had none.
cmd-poll-reopen-summary = Open a closed poll again.
cmd-poll-reopen-help = Opens a closed poll again; its votes stand. `--closes` gives it a new deadline.
cmd-poll-voters-summary = See how many may vote and how many have.
cmd-poll-voters-help = Gives how many may vote in a poll and how many have. While the poll is open it names who has voted (never what they chose); in an anonymous poll only once at least three have.
cmd-poll-export-summary = Get a poll's results as a CSV file.
cmd-poll-export-help = Sends the options and their counts as a CSV file; while a poll that is not anonymous is open, its creator and staff also get who voted what.
cmd-poll-list-summary = List the polls of this room.
cmd-poll-list-help = Lists the open polls of this room and of its body; `--all` lists closed ones too.
cmd-proxy-give-summary = Let another member cast your vote.
cmd-proxy-give-help = Gives your proxy in a body to another of its members: they cast your vote in its polls and elections (`!poll vote #4 2 --for @you`), and you cannot vote in person while it stands. One proxy at a time; a new one replaces the old. `--until DATE` ends it after that day. A proxy holder cannot pass it on.
cmd-proxy-revoke-summary = Take your proxy back.
cmd-proxy-revoke-help = Revokes the proxy you gave in the body; you vote in person again. A vote your proxy already cast stands until you vote yourself.
cmd-proxy-list-summary = See the proxies you gave and hold.
cmd-proxy-list-help = Lists the proxy you gave and those you hold in the body; staff see every proxy of the body.
cmd-member-weight-summary = See or set a member's vote weight.
cmd-member-weight-help = Shows or sets how many votes a member's vote counts for in the body's polls and elections opened `--weighted` (1 unless set; 0 to 1000). Staff only; audited.
param-question = The question
param-options = The options, each a word or a quoted text
param-choice = Your choice: a number, numbers, a ranking, scores, or yes/no/abstain
param-member = A member: their number like #12, or @name
param-weight = A vote weight, 0 to 1000
param-all = Closed ones too
param-anonymous = Keep who voted apart from the ballots
param-closes = When it closes: 48h, or "2026-12-10 18:00"
param-for = Vote for @member whose proxy you hold, or all
param-majority = simple, absolute or 2/3
param-max = The most options a voter may pick
param-min = The fewest options a voter may pick
param-multi = Let voters pick several options
param-proposal = Yes, no or abstain on a proposal
param-quorum = How many must vote: 50% or a number
param-ranked = Voters rank the options
param-score = Voters score each option, e.g. 0-5
param-weighted = Count members' vote weights
poll-opened = Poll #{ $id }: **{ $question }** — { $kind } { $who } { $closes }
poll-kind-single = Pick one option.
poll-kind-multi = Pick { $min } to { $max } options.
poll-kind-ranked = Rank the options, most preferred first.
poll-kind-score = Score each option from 0 to { $max }.
poll-kind-proposal = Yes, no or abstain; it needs a `{ $majority }` majority.
poll-who-body = The { $count } members in good standing of `{ $body }` vote.
poll-who-room = Anyone in this room votes.
poll-closes-at = It closes { $at }.
poll-closes-never = It stays open until closed.
poll-flag-anonymous = Anonymous: who voted is kept apart from the ballots, a ballot cannot be changed, the results are shown at the close, and who has voted is shown only once { $floor } have.
poll-flag-weighted = Weighted: each member's vote counts with their weight.
poll-flag-quorum = Quorum: `{ $quorum }` of those who may vote.
poll-option = { $number }. { $label }
poll-label = { $text }
poll-yes = yes
poll-no = no
poll-abstain = abstain
poll-how = Vote with `!{ $example }`; vote again to change it.
poll-how-anonymous = Vote with `!{ $example }`, privately if you can: once cast, an anonymous ballot cannot be changed.
poll-vote-recorded = Your vote in poll #{ $id } is recorded: { $choice }.
poll-vote-changed = Your vote in poll #{ $id } is changed: { $choice }.
poll-vote-for = { $count ->
    [one] Cast also for { $names }, whose proxy you hold.
   *[other] Cast also for { $names } ({ $count }), whose proxies you hold.
}
poll-vote-cast-for = { $count ->
    [one] The vote of { $names }, whose proxy you hold, in poll #{ $id } is cast: { $choice }.
   *[other] The votes of { $names }, whose proxies you hold, in poll #{ $id } are cast: { $choice }.
}
poll-ballot-cast = { $count ->
    [one] Your ballot in poll #{ $id } is cast. It is stored apart from your name, and it cannot be changed.
   *[other] { $count } ballots in poll #{ $id } are cast. They are stored apart from any name, and cannot be changed.
}
poll-header = Poll #{ $id }: **{ $question }** — { $kind } { $state }
poll-state-open = Open.
poll-state-open-until = Open until { $at }.
poll-state-closed = Closed.
poll-state-closed-at = Closed { $at }.
poll-hidden-until-close = { $count ->
    [one] 1 vote so far; the results are shown at the close.
   *[other] { $count } votes so far; the results are shown at the close.
}
poll-you-voted = You voted: { $choice }.
poll-you-voted-anonymous = You have voted.
poll-result-line = { $label }: { $count } ({ $percent }%) { $bar }
poll-score-line = { $label }: { $total } points (average { $average })
poll-result-leader = Most support: **{ $label }**.
poll-result-tie = Tied for most support: **{ $labels }**.
poll-result-no-votes = No votes were cast.
poll-result-winner = Winner after instant-runoff: **{ $label }**.
poll-round = Round { $round }: { $standing }; { $out } (exhausted ballots: { $exhausted })
poll-round-none-out = nobody excluded
poll-round-out = excluded: { $labels }
poll-round-out-lot = excluded by lot among equals: { $labels }
poll-proposal-passed = **Passed**: more than the `{ $majority }` majority voted yes.
poll-proposal-failed-majority = **Not passed**: the yes votes fell short of the `{ $majority }` majority.
poll-proposal-failed-quorum = **Not passed**: the quorum (`{ $quorum }`, { $needed }) was not reached; { $counted } voted.
poll-turnout = { $count ->
    [one] 1 vote.
   *[other] { $count } votes.
}
poll-turnout-of = { $count } of { $seats } voted ({ $percent }%).
poll-turnout-weighted = { $turnout } Counted with weights.
poll-closed-title = Poll #{ $id } is closed. The result:
poll-closed-by = You closed poll #{ $id }. The result, also posted in its room:
poll-extended = Poll #{ $id } now closes { $at }.
poll-reopened = Poll #{ $id } is open again, until closed.
poll-reopened-until = Poll #{ $id } is open again, until { $at }.
poll-voters-title = Poll #{ $id }: { $turnout }
poll-voter-line = { $name }
poll-voters-withheld = Who has voted is shown once at least { $floor } have.
poll-export-ready = Poll #{ $id } as a CSV file:
poll-list-title = { $count ->
    [one] 1 poll:
   *[other] { $count } polls:
}
poll-list-line = #{ $id } **{ $question }** — { $state }
poll-list-none = No poll is open here. `!poll "Question" "A" "B"` opens one.
poll-list-none-all = There are no polls here yet. `!poll "Question" "A" "B"` opens one.
poll-reminder = Poll #{ $id } closes { $at } and you have not voted yet: **{ $question }**
proxy-given = { $holder } now holds your proxy in `{ $body }`: they cast your vote, and you cannot vote in person until you revoke it (`!proxy revoke`).
proxy-given-until = { $holder } now holds your proxy in `{ $body }` until { $until }: they cast your vote, and you cannot vote in person until then or until you revoke it (`!proxy revoke`).
proxy-revoked = Your proxy in `{ $body }` is revoked: you vote in person again.
proxy-list-title = Proxies in `{ $body }`:
proxy-list-none = No proxy stands in `{ $body }` for you.
proxy-line = { $giver } → { $holder } (`{ $body }`)
proxy-line-until = { $giver } → { $holder } (`{ $body }`), until { $until }
member-weight-set = The vote weight of #{ $id } **{ $name }** is now { $weight }.
member-weight-is = The vote weight of #{ $id } **{ $name }** is { $weight }.
err-poll-closed = Poll #{ $id } is closed.
err-poll-open = Poll #{ $id } is open already.
err-poll-option-count = A poll needs 2 to { $max } options; this one has { $count }.
err-poll-option-twice = The option “{ $option }” is given twice.
err-poll-proposal-options = A proposal's options are yes, no and abstain: give only the question.
err-poll-min-max = `--min { $min }` and `--max { $max }` do not fit { $count } options.
err-poll-majority-proposal = `--majority` is for proposals (`--proposal`).
err-poll-needs-body = `--quorum`, `--weighted` and an absolute majority count the members of a body: add `--body SHORT`.
err-poll-remind-no-close = `--remind` needs `--closes`: a reminder before the close.
err-poll-remind-too-early = The reminder would come before now: make `--remind` shorter than the time to the close.
err-poll-choice = “{ $value }” is not an option: choose a number from 1 to { $count }.
err-poll-choice-twice = Option { $choice } is given twice.
err-poll-choice-count = Pick { $min } to { $max } options.
err-poll-single = Pick one option.
err-poll-score-count = Give one score from 0 to { $max } for each of the { $count } options, in order.
err-poll-score = “{ $value }” is not a score from 0 to { $max }.
err-poll-proposal-choice = “{ $value }” is not an answer to a proposal: vote `yes`, `no` or `abstain`.
err-poll-anonymous-cast = You have voted in poll #{ $id } already; an anonymous ballot cannot be changed.
err-poll-anonymous-cast-for = A ballot was cast for { $name } in poll #{ $id } already; an anonymous ballot cannot be changed.
err-poll-not-eligible = You may not vote in poll #{ $id }: it is for the members in good standing of its body, taken when it opened.
err-poll-giver-not-eligible = { $name } may not vote in this poll, so neither may their proxy.
err-poll-proxy-given = You gave your proxy to { $holder }: they vote for you. Revoke it first (`!proxy revoke`) to vote in person.
err-poll-no-proxy = You do not hold { $name }'s proxy.
err-poll-no-proxies = You hold nobody's proxy who may vote in this poll.
err-poll-proxy-room = Proxies count in a body's polls (`--body`); this poll is the room's.
err-poll-not-yours = Only the creator of poll #{ $id }, the staff of its body or an administrator may do that.
err-poll-export-anonymous = Anonymous poll #{ $id } can be exported once it is closed.
err-proxy-self = You cannot give your proxy to yourself.
err-proxy-not-member = Only members in good standing of `{ $body }` give a proxy there.
err-proxy-holder-not-member = { $name } is not a member in good standing of `{ $body }`.
err-proxy-chain = { $name } gave their own proxy to someone else: a proxy cannot be passed on.
err-proxy-none = You have no proxy standing in `{ $body }`.
err-proxy-until-past = That date has passed.
err-weight-no-record = { $name } has no member record in this body.
## Scheduling polls
category-scheduling = **Scheduling polls**
cmd-when-create-summary = Find the time that suits most: a poll of candidate slots (`!when`).
cmd-when-create-help = Offers 2 to 20 slots for a meeting, each a date and a time in the zone given (`--zone`), all in quotes and separated by commas. Everyone sees each slot in their own zone and answers yes, maybe (if need be) or no for each; the result names the slot that suits most (the most yes and if need be, then the most yes, then the earliest) and who it leaves out. `--duration` is the meeting's length (1 hour unless given). `--closes` closes the poll after a span (`3d`) or at a date and time in the poll's zone (`"2027-01-10 12:00"`), before its first slot, and posts the result here. A member of the room's body (`member` or above) makes a poll that the body's members in good standing answer; staff of another body make one of that body with `--body`; in a room without a body, anyone makes one that everyone there answers. A slot that does not exist in the zone (the clocks skip it) or has passed is refused; one that happens twice (the clocks go back) is taken as the first.
cmd-when-show-summary = See a scheduling poll: its slots in your zone, its answers or its result.
cmd-when-show-help = Shows each slot in your time zone with its yes, if need be and no counts. While the poll is open, also who answered what (answers are not secret) and who has not answered yet; once it is closed, the result: the slot that suits most and who it leaves out.
cmd-when-answer-summary = Answer a scheduling poll: yes, maybe or no for each slot.
cmd-when-answer-help = Gives one answer per slot, in the order the poll lists them, separated by commas: `yes`, `maybe` (if need be) or `no`, or their first letters `y`, `m`, `n`. Answering again replaces your answers, until the poll closes. A body's poll is answered by its members in good standing, as quorum counts them; a poll of a room without a body by anyone there.
cmd-when-close-summary = Close a scheduling poll and post its result.
cmd-when-close-help = Closes the poll before its deadline and gives its result: the slot that suits most, who it leaves out, and the counts of every slot. For the person who made it, staff of its body and administrators. Its deadline then does nothing.
cmd-when-list-summary = List the open scheduling polls here.
cmd-when-list-help = Lists the open scheduling polls of the room's body (of this room, when it has no body), with how many have answered each.
cmd-when-schedule-summary = Make a slot of a scheduling poll a meeting.
cmd-when-schedule-help = Schedules a meeting of the poll's body at the slot given (its number in the poll), with the poll's title, zone and length and the usual reminder an hour before, just as `!meeting schedule` would; the poll is then closed and marked as scheduled. For the person who made the poll, staff of its body and administrators.
param-slots = The slots, in quotes: "2027-01-12 14:00, 2027-01-13 09:00"
param-slot = The slot's number in the poll, like 2
when-created = Scheduling poll #{ $id }: { $title } ({ $duration }). Which of these times suit you?
when-slot-line = { $number }. { $time }
when-ambiguous = Slot { $number }: { $local } happens twice in { $zone } that night (the clocks go back); the poll takes the first of the two.
when-how-body = The members of `{ $body }` answer each slot in order with yes, maybe (if need be) or no: `!when answer #{ $id } { $example }`
when-how-room = Everyone here may answer each slot in order with yes, maybe (if need be) or no: `!when answer #{ $id } { $example }`
when-closes = The poll closes { $time }; answers can be changed until then.
when-no-deadline = Answers can be changed until the poll is closed with `!when close #{ $id }`.
when-show-open = Scheduling poll #{ $id }: { $title } ({ $duration }), open.
when-show-open-until = Scheduling poll #{ $id }: { $title } ({ $duration }), open until { $time }.
when-grid-line = { $number }. { $time } — { $yes } yes · { $maybe } if need be · { $no } no
when-show-no-answers = No answers yet.
when-show-voters = { $count ->
    [one] One person answered:
   *[other] { $count } people answered:
}
when-voter-line = { $name }: { $answers }
when-legend = ✅ yes · ❔ if need be · ❌ no
when-show-silent = Not answered yet ({ $count }): { $names }
when-show-closed = Scheduling poll #{ $id }: { $title }, closed.
when-show-scheduled = Scheduling poll #{ $id }: { $title }, scheduled as meeting #{ $meeting }.
when-closed = Scheduling poll #{ $id } “{ $title }” is closed.
when-best = Suits most: slot { $number }, { $time } ({ $yes } yes, { $maybe } if need be).
when-best-none = No slot has a yes or an if-need-be answer.
when-left-out = { $count ->
    [one] It leaves out one person:
   *[other] It leaves out { $count } people:
}
when-left-no = { $name } (answered no)
when-left-silent = { $name } (did not answer)
when-left-none = It leaves nobody out.
when-grid-title = All slots:
when-schedule-choice = Make slot { $number } a meeting
when-answered = Your answers to scheduling poll #{ $id } “{ $title }”:
when-answered-again = Your answers to scheduling poll #{ $id } “{ $title }” are changed:
when-answer-line = { $number }. { $time }: { $answer ->
    [yes] yes
    [maybe] if need be
   *[no] no
}
when-list-none = No scheduling poll is open here. `!when "TITLE" --slots "DATE TIME, DATE TIME" --zone ZONE` starts one.
when-list-title = { $count ->
    [one] One open scheduling poll:
   *[other] { $count } open scheduling polls:
}
when-list-line = #{ $id } · { $title } · { $answered ->
    [one] one answer
   *[other] { $answered } answers
}
when-list-line-closes = #{ $id } · { $title } · { $answered ->
    [one] one answer
   *[other] { $answered } answers
} · closes { $time }
when-scheduled = Scheduling poll #{ $id } is closed: slot { $number } became meeting #{ $meeting }.
err-when-slot-count = A scheduling poll offers { $min } to { $max } slots; { $count } given.
err-when-slot-twice = The slot { $slot } is given twice.
err-when-closes-late = The poll would close { $closes }, once its first slot has begun ({ $first }): give an earlier `--closes`.
err-when-not-voter = Scheduling poll #{ $id } is answered by the members of `{ $body }` in good standing, and you are not counted as one.
err-when-not-open = Scheduling poll #{ $id } is closed: it takes no more answers.
err-when-answer-count = Scheduling poll #{ $id } has { $slots } slots: give one answer per slot, in order ({ $given } given).
err-when-not-yours = Only the person who made scheduling poll #{ $id }, staff of its body or an administrator may do that.
err-when-already-closed = Scheduling poll #{ $id } is already closed.
err-when-scheduled = Scheduling poll #{ $id } is already scheduled, as meeting #{ $meeting }.
err-when-no-slot = Scheduling poll #{ $id } has slots 1 to { $slots }: there is no slot { $number }.

## Minutes
category-minutes = **Minutes**
cmd-startmeeting-summary = Start taking the minutes of a meeting in this room.
cmd-startmeeting-help = Starts the minutes here, with you as chair. When a meeting of this room is under way or starts within 30 minutes, the minutes belong to it and its agenda gives the topics. One meeting at a time per room; it ends by itself after two hours without a line.
cmd-topic-summary = Move to a new topic (chair); `!topic next` takes the next agenda item.
cmd-topic-help = Records a new topic in the minutes and announces it. `!topic next` takes up the next item of the meeting's agenda.
cmd-info-summary = Note a piece of information in the minutes.
cmd-info-help = Adds an information item to the minutes; anyone in the meeting may.
cmd-idea-summary = Note an idea in the minutes.
cmd-idea-help = Adds an idea to the minutes; anyone in the meeting may.
cmd-agreed-summary = Record a decision (chair; also `!decision`).
cmd-agreed-help = Records what the meeting agreed. Only a chair may.
cmd-rejected-summary = Record what the meeting rejected (chair).
cmd-rejected-help = Records a proposal the meeting turned down. Only a chair may.
cmd-action-summary = Record an action and who owns it (chair).
cmd-action-help = Records an action for one or more owners, named first; someone Quorum does not know yet is kept by name. `--due` gives the date it is due.
cmd-link-summary = Add a link to the minutes.
cmd-link-help = Adds an http or https link, with an optional description; anyone in the meeting may.
cmd-chair-summary = Make someone a chair of the meeting (chair).
cmd-chair-help = Chairs record decisions, rejections, actions and topics, undo their last item and end the meeting.
cmd-unchair-summary = Remove a chair (chair).
cmd-unchair-help = Takes a chair away from someone; the meeting keeps at least one.
cmd-undo-summary = Remove your last item from the minutes (chair).
cmd-undo-help = Removes the last item you recorded; its line stays in the log.
cmd-here-summary = Say you are present.
cmd-here-help = Records you as present; in a scheduled meeting, this is also your answer to its roll call.
cmd-endmeeting-summary = End the meeting and post its summary (chair).
cmd-endmeeting-help = Ends the minutes, posts the decisions, the actions by owner and who attended, and keeps the full minutes in the archive.
cmd-minutes-list-summary = List the minutes of this room and its body (`!minutes`).
cmd-minutes-list-help = Shows the latest minutes, newest first.
cmd-minutes-show-summary = Show the summary of some minutes.
cmd-minutes-show-help = Shows the decisions, actions and attendees of ended minutes, and whether they are approved.
cmd-minutes-get-summary = Get the full minutes as a file.
cmd-minutes-get-help = Gives the full minutes as Markdown (the default), HTML or plain text, each item linked to its line of the log.
cmd-minutes-search-summary = Search the minutes.
cmd-minutes-search-help = Finds minutes whose title or items hold the text.
cmd-minutes-edit-summary = Correct an item of the minutes (chair, before approval).
cmd-minutes-edit-help = Replaces the text of one item of ended minutes that are not approved yet; the change is recorded in the audit log.
cmd-minutes-approve-summary = Approve minutes (chair).
cmd-minutes-approve-help = Approves ended minutes; approved minutes can no longer be edited.
param-url = The address, starting with https://
param-due = The date it is due, like 2026-12-20
param-format = md, html or txt
err-minutes-direct = Minutes are taken in a meeting room, not in a private conversation.
err-minutes-none = No meeting is being minuted in this room. Start one with `!startmeeting`.
err-minutes-not-chair = Only a chair of this meeting can do this: whoever started it, the chairs they added, staff of this room's body, or an administrator.
err-minutes-running = Meeting #{ $id } “{ $title }” is already being minuted here; end it with `!endmeeting` first.
err-minutes-no-agenda = This meeting has no agenda to take the next topic from; name the topic instead.
err-minutes-agenda-done = Every agenda item has been taken up already.
err-minutes-chair-already = { $who } is already a chair.
err-minutes-not-a-chair = { $who } is not a chair of this meeting.
err-minutes-last-chair = The meeting needs at least one chair.
err-minutes-nothing-to-undo = You have no item left to undo.
err-minutes-still-running = Minutes #{ $id } are still being taken.
err-minutes-approved = Minutes #{ $id } are approved and can no longer change.
err-minutes-no-item = Minutes #{ $id } have no item { $item }.
minutes-untitled = Meeting
minutes-started = 📝 Minutes #{ $id } “{ $title }” started.
minutes-linked = They belong to meeting #{ $meeting } of { $time }.
minutes-agenda = { $count ->
    [one] The agenda has one item; `!topic next` takes it up:
   *[other] The agenda has { $count } items; `!topic next` takes up each in turn:
}
minutes-agenda-line = { $position }. { $text }
minutes-started-help = Chairs: `!topic`, `!agreed`, `!rejected`, `!action @owner …`, `!undo`, `!endmeeting`. Everyone: `!info`, `!idea`, `!link`, `!here`.
minutes-topic = 📌 Topic: { $text }
minutes-kind-topic = Topic
minutes-kind-info = Information
minutes-kind-idea = Idea
minutes-kind-agreed = Agreed
minutes-kind-rejected = Rejected
minutes-kind-action = Action
minutes-kind-link = Link
minutes-noted = ✓ { $kind } noted as item { $item }.
minutes-chair-added = { $who } is now a chair of this meeting.
minutes-chair-removed = { $name } is no longer a chair of this meeting.
minutes-undone = ↩ Item { $item } ({ $kind }) removed.
minutes-here = ✓ You are recorded as present.
minutes-here-already = You are already recorded as present.
minutes-ended = 📝 Minutes #{ $id } “{ $title }” ended ({ $lines ->
    [one] one line
   *[other] { $lines } lines
} in the log).
minutes-summary-decisions = { $count ->
    [0] **Decisions**: none.
   *[other] **Decisions** ({ $count }):
}
minutes-summary-item = { $text }
minutes-summary-rejected = **Rejected** ({ $count }):
minutes-summary-actions = { $count ->
    [0] **Actions**: none.
   *[other] **Actions** ({ $count }):
}
minutes-summary-action = { $owner }: { $text }
minutes-summary-action-due = { $owner }: { $text } (due { $due })
minutes-summary-attendees = { $count ->
    [0] **Present**: nobody said `!here`.
   *[other] **Present** ({ $count }): { $names }
}
minutes-summary-next = Next meeting: #{ $meeting }, { $time }.
minutes-summary-get = The full minutes: `!minutes get #{ $id }` (md, html or txt).
minutes-ended-idle = The meeting ended by itself after { $hours ->
    [one] an hour
   *[other] { $hours } hours
} without a line.
minutes-list-title = { $count ->
    [one] One set of minutes:
   *[other] { $count } sets of minutes:
}
minutes-list-empty = No minutes here yet.
minutes-list-line = #{ $id } “{ $title }”, { $time } (draft)
minutes-list-line-approved = #{ $id } “{ $title }”, { $time } (approved)
minutes-search-title = { $count ->
    [one] One set of minutes mentions “{ $text }”:
   *[other] { $count } sets of minutes mention “{ $text }”:
}
minutes-search-none = No minutes mention “{ $text }”.
minutes-status-approved = Approved { $time }.
minutes-status-draft = Not approved yet.
minutes-file = The minutes #{ $id } “{ $title }”.
minutes-edited = Item { $item } of minutes #{ $id } now reads: { $text }
minutes-approved = ✅ Minutes #{ $id } “{ $title }” are approved.
minutes-doc-started = Started
minutes-doc-ended = Ended
minutes-doc-chairs = Chairs
minutes-doc-approved = Approved
minutes-doc-draft = not yet
minutes-doc-attendees = Present
minutes-doc-items = Items
minutes-doc-decisions = Decisions
minutes-doc-actions = Actions
minutes-doc-due = due
minutes-doc-log = Full log

## Step-by-step ballots
param-picks = The picks so far: options in order like 3,1, or scores like 4,-,0
param-cancel = Put the ballot aside without voting
poll-ballot-rank-placeholder = Choice number { $place }
poll-ballot-ranked-so-far = Your ranking so far: { $choice }
poll-ballot-ranked-ready = Your ranking: { $choice }. Cast it, or start over.
poll-ballot-score-step = Give each option a score from 0 to { $max } (options { $from } to { $to } of { $count }).
poll-ballot-score-line = { $option }: { $score }
poll-ballot-score-missing = { $count ->
    [one] One option still needs a score.
   *[other] { $count } options still need a score.
}
poll-ballot-confirm = Cast this vote
poll-ballot-restart = Start over
poll-ballot-cancel = Cancel
poll-ballot-next = Next options
poll-ballot-back = Previous options
poll-ballot-cancelled = Nothing was cast: your ballot of poll #{ $id } is put aside.
err-poll-ballot-page = { $count ->
    [one] The ballot of poll #{ $id } has one page.
   *[other] The ballot of poll #{ $id } has { $count } pages: give a page from 1 to { $count }.
}
err-poll-ballot-steps = Poll #{ $id } is voted in one step, with `!poll vote #{ $id } …`: its ballot takes no picks.
## Action items
cmd-actions-list-summary = List open action items (of this body, or of one person).
cmd-actions-list-help = Lists the open actions of this room's body (or of the body named with `--body`), the earliest due first, each with its number, owners, due date in your time zone and the minutes it comes from. Name a person to see only theirs; `--overdue` keeps those past their due date. In a direct conversation, lists your own.
cmd-actions-show-summary = Show an action item with its comments.
cmd-actions-show-help = Shows an action: its owners, due date, the minutes it comes from, whether it is done, and every comment.
cmd-actions-done-summary = Mark an action item done.
cmd-actions-done-help = Closes an action: it leaves the lists and the next agendas, and its reminders stop. Its owners, the chairs of its meeting and staff of its body may; the change is recorded in the audit log.
cmd-actions-reassign-summary = Give an action item to someone else.
cmd-actions-reassign-help = Makes one person the owner of an action instead of its owners so far. Someone Quorum does not know yet is kept by name and gets no reminders. Its owners, the chairs of its meeting and staff of its body may; the change is audited.
cmd-actions-due-summary = Set or remove the due date of an action item.
cmd-actions-due-help = Sets the date an action is due (the end of that day in your time zone), or `none` to remove it. Its owners are reminded privately a day before and when it passes. Its owners, the chairs of its meeting and staff of its body may; the change is audited.
cmd-actions-comment-summary = Comment on an action item.
cmd-actions-comment-help = Adds a comment to an action, shown by `!action show`. Its owners, the chairs of its meeting and staff of its body may; the change is audited.
param-overdue = Only the actions past their due date
actions-title = { $count ->
    [one] One open action:
   *[other] { $count } open actions:
}
actions-title-overdue = { $count ->
    [one] One action past its due date:
   *[other] { $count } actions past their due date:
}
actions-none = No open actions.
actions-none-overdue = No open action is past its due date.
actions-hint = Details and comments: `!action show ID`; once done: `!action done ID`.
action-line = #{ $id } { $text } — { $owners } · { $due } · minutes #{ $minutes }
action-due-on = due { $time }
action-due-overdue = ⚠ overdue since { $time }
action-due-none = no due date
action-unreminded = Kept by name only, so not reminded until they join Quorum: { $names }.
action-show-title = Action #{ $id }: { $text }
action-show-owners = Owners: { $owners } · { $due }
action-show-source = From minutes #{ $minutes } “{ $title }”, item { $item }.
action-show-open = Open. Once it is done: `!action done #{ $id }`.
action-show-done = ✅ Done { $time } by { $name }.
action-show-comments = { $count ->
    [0] No comments yet.
    [one] One comment:
   *[other] { $count } comments:
}
action-comment-line = { $time } — { $name }: { $text }
action-done = ✅ Action #{ $id } is done: { $text }
action-reassigned = Action #{ $id } now belongs to { $name }.
action-due-set = Action #{ $id } is now due { $time }.
action-due-cleared = Action #{ $id } no longer has a due date.
action-commented = 💬 Comment added to action #{ $id }.
action-reminder-soon = ⏰ Action #{ $id } is due { $time }: { $text } (minutes #{ $minutes } “{ $title }”). Once it is done: `!action done #{ $id }`.
action-reminder-overdue = ⚠ Action #{ $id } was due { $time } and is still open: { $text } (minutes #{ $minutes } “{ $title }”). Once it is done: `!action done #{ $id }`; for a new date: `!action due #{ $id } DATE`.
err-action-not-yours = Only an owner of action #{ $id }, a chair of its meeting, staff of its body or an administrator can change it.
err-action-not-found = There is no action #{ $id } here; `!actions` lists them.
err-action-done-already = Action #{ $id } is done already.
err-action-owner-already = Action #{ $id } already belongs to { $name } alone.
err-action-due-past = { $date } is over: the due date must be today or later.
agenda-open-actions = { $count ->
    [one] One open action carried from earlier meetings:
   *[other] { $count } open actions carried from earlier meetings:
}
minutes-summary-open-actions = **Open actions** from earlier meetings ({ $count }):
minutes-doc-open-actions = Open actions from earlier meetings
minutes-doc-from = minutes
minutes-action-numbered = ✓ Action #{ $action } noted as item { $item }, for { $owners }.
## Motions, speaking time, posting minutes and approval by poll
cmd-motion-open-summary = Put a motion to the meeting's vote (`!motion TEXT`).
cmd-motion-open-help = Records a motion in the minutes and opens its vote (yes, no or abstain) among those present. One motion at a time; a chair closes it.
cmd-motion-vote-summary = Vote on the open motion: yes, no or abstain.
cmd-motion-vote-help = Records your vote by name on the open motion; only those recorded as present (`!here`) vote. You may change your vote until the motion is closed.
cmd-motion-count-summary = Record a show of hands on the open motion (chair).
cmd-motion-count-help = Records the hands counted for, against and abstaining; the close counts them instead of any votes by name.
cmd-motion-close-summary = Close the vote on the open motion and record its result (chair).
cmd-motion-close-help = Counts the show of hands, or else the votes by name, against the majority required: simple (more yes than no, the default), absolute (yes from more than half of those present) or 2/3 (two thirds of the yes and no).
cmd-minutes-post-summary = Post approved minutes to every room of the body (chair).
cmd-minutes-post-help = Attaches the agenda, transcript and recording links given and posts the approved minutes, as a summary and a file, to each room of the body, once.
param-ayes = How many hands for
param-noes = How many hands against
param-abstentions = How many abstained
param-agenda = The agenda's address, starting with https://
param-transcript = The transcript's address, starting with https://
param-recording = The recording's address, starting with https://
param-poll = Approve by a proposal poll of the body
err-motion-open = A motion is already open to the vote (item { $item }: { $text }); close it with `!motion close` first.
err-motion-none = No motion is open to the vote in this meeting. Move one with `!motion TEXT`.
err-motion-counted = A show of hands was recorded for the motion (item { $item }); votes by name no longer count.
err-motion-not-present = Only those present vote on a motion: say `!here` first.
err-motion-no-hands = A show of hands needs at least one hand: give the hands for, against and abstaining, like `!motion count 12 3 1`.
err-motion-no-votes = Nobody has voted on the motion (item { $item }) yet: those present vote with `!motion vote yes|no|abstain`, or a chair records a show of hands with `!motion count`.
motion-opened = 🗳 { $name } moves (item { $item }): { $text }
motion-how = Those present vote with `!motion vote yes|no|abstain`; a chair may record a show of hands with `!motion count AYES NOES ABSTENTIONS` and closes the vote with `!motion close [--majority simple|absolute|2/3]`.
motion-voted = ✓ Your vote on the motion (item { $item }): { $choice }.
motion-choice-yes = yes
motion-choice-no = no
motion-choice-abstain = abstain
motion-counted = ✋ Show of hands on the motion (item { $item }): yes { $yes }, no { $no }, abstain { $abstain }.
motion-carried = ✅ Motion carried (item { $item }): { $text } — yes { $yes }, no { $no }, abstain { $abstain } ({ $majority }, { $how }).
motion-failed = ❌ Motion not carried (item { $item }): { $text } — yes { $yes }, no { $no }, abstain { $abstain } ({ $majority }, { $how }).
motion-majority-simple = simple majority
motion-majority-absolute = absolute majority
motion-majority-two-thirds = two-thirds majority
motion-by-hands = by show of hands
motion-by-name = by name
minutes-kind-motion = Motion
minutes-summary-motions = **Motions** ({ $count }):
minutes-summary-motion-open = Motion not put to the vote (item { $item }): { $text }
minutes-summary-speakers = **Speaking time** ({ $count }):
minutes-summary-speaker = { $name }: { $time } ({ $turns ->
    [one] one turn
   *[other] { $turns } turns
})
minutes-doc-motions = Motions
minutes-doc-motion-carried = Carried
minutes-doc-motion-failed = Not carried
minutes-doc-motion-open = Not put to the vote
minutes-doc-motion-result = { $outcome }: yes { $yes }, no { $no }, abstain { $abstain } ({ $majority }, { $how }; { $present } present)
minutes-doc-moved-by = moved by { $name }
minutes-doc-speakers = Speakers
minutes-doc-speaking-time = Speaking time
minutes-doc-agenda = Agenda
minutes-doc-transcript = Transcript
minutes-doc-recording = Recording
err-minutes-post-unapproved = Minutes #{ $id } are not approved yet, so they cannot be posted. Approve them with `!minutes approve #{ $id }` (or by a poll of the body with `--poll`) first.
err-minutes-posted = Minutes #{ $id } have already been posted.
minutes-post-title = 📝 Approved minutes #{ $id } “{ $title }”
minutes-post-agenda = Agenda: { $url }
minutes-post-transcript = Transcript: { $url }
minutes-post-recording = Recording: { $url }
minutes-posted = 📤 Minutes #{ $id } posted to { $rooms ->
    [one] one room
   *[other] { $rooms } rooms
}.
err-minutes-poll-no-body = Only minutes of a body's room can be approved by a poll; a chair can approve these with `!minutes approve ID`.
err-minutes-poll-open = Poll #{ $poll } on approving minutes #{ $id } is still open.
minutes-approval-question = Approve the minutes #{ $id } “{ $title }”?
minutes-approval-poll = 🗳 Poll #{ $poll } opened: if it passes, minutes #{ $id } are approved.
minutes-approved-by-poll = ✅ Minutes #{ $id } “{ $title }” are approved by poll #{ $poll }.

## Elections

category-elections = **Elections**
cmd-election-create-summary = Open an election in its nominations phase (staff of the body).
cmd-election-create-help = Opens an election of a body: the title, `--seats N`, `--method plurality|approval|irv|stv|schulze` (STV as the Scottish Local Government Elections Order 2007 counts it; instant-runoff fills one seat), and `--roll SHORT` (the body's members in good standing) or `--roll SHORT-exec` (its exec only). Nominations come first: `--nominations 7d` opens voting by itself after that long, otherwise staff open it with `!election open ID`. `--voting 7d` is how long voting lasts. `--quorum 50%` (or a number of ballots) is needed for the result to stand; `--weighted` counts members' vote weights; `--seconded` asks for a seconder for each nomination. Every step goes to the body's audit log.
cmd-election-list-summary = List the elections of your bodies.
cmd-election-list-help = Lists the elections of this room's body and of the bodies you belong to that are not closed yet; `--all` lists the closed ones too.
cmd-election-show-summary = Show an election: its phase, candidates and deadlines.
cmd-election-show-help = Shows an election: its method and seats, where it stands, the nominees (or the candidates, numbered as on the ballot), and what to do next.
cmd-election-open-summary = Close nominations and open voting now (staff).
cmd-election-open-help = Closes the nominations and opens voting at once, for as long as the election's `--voting`. The candidates who accepted (and were seconded, where asked) are numbered in the order they were nominated, and the roll is taken: the body's members in good standing at this moment. With no more candidates than seats, they are elected unopposed and there is no vote.
cmd-election-close-summary = Close voting now and count (staff).
cmd-election-close-help = Closes voting before its deadline and counts the ballots. The result, every round of the count and the bulletin board (the ballots as a BLT file and the list of receipt hashes) are posted to the body's rooms.
cmd-election-results-summary = Show a closed election's count, round by round.
cmd-election-results-help = Shows the result of a closed election: turnout, who is elected, every round of the count (quota, votes, transfers, exclusions, non-transferable votes; Schulze's pairwise matrix and strongest paths), and the bulletin board files, so that anyone can recount with `quorum tally`.
cmd-election-roll-summary = Show how many are on an election's roll (staff: who).
cmd-election-roll-help = Shows the size of the roll taken when voting opened. Staff of the body also see the names and who has voted — never how.
cmd-election-turnout-summary = Show how many have voted so far, and the quorum.
cmd-election-turnout-help = Shows how many on the roll have voted, and whether the quorum is met.
cmd-election-ballot-summary = Fill in your ballot step by step, privately.
cmd-election-ballot-help = Opens your ballot privately: on Discord a menu for your first choice, then your next among the rest, and so on, cast only when you confirm; elsewhere the candidates and how to vote with `!ballot`. PICKS carries the choices made so far (`3,1`).
cmd-nominate-summary = Nominate a member (yourself too) in an election taking nominations.
cmd-nominate-help = Nominates a member in good standing of the body. Nominating yourself accepts at once; anyone else accepts with `!accept ID`. ID may be left out when the room's body has one election taking nominations.
cmd-second-summary = Second a nomination, where the election asks for it.
cmd-second-help = Seconds someone's nomination in an election opened with `--seconded`. Neither the nominee nor who nominated them may second it.
cmd-accept-summary = Accept your nomination.
cmd-accept-help = Accepts your nomination: you stand once nominations close (and once seconded, where asked).
cmd-withdraw-summary = Withdraw your nomination (staff: anyone's).
cmd-withdraw-help = Withdraws your own nomination, or, for staff, someone else's, while nominations are open.
cmd-ballot-summary = Cast your secret ballot in an election, in a private conversation.
cmd-ballot-help = Casts your ballot: the candidates' numbers, most preferred first (`3 1 2`), one number for plurality, the numbers you approve for approval. Only in a private conversation with Quorum (an encrypted direct room on Matrix, the slash command on Discord): typed in a shared room it is refused and removed. You get a receipt code, shown once: keep it. With `--receipt CODE` you replace the ballot cast with that receipt, until the close. If you hold someone's proxy, `--for @member` casts their ballot and `--for all` one for each, each with its own receipt.
cmd-verify-summary = Check the ballot a receipt code was given for.
cmd-verify-help = Shows the ballot stored under your receipt code, as it will be counted (or was). Privately only. After the close, its hash is on the bulletin board with the ballot.
election-method-plurality = plurality
election-method-approval = approval
election-method-irv = instant-runoff
election-method-stv = single transferable vote (Scotland 2007)
election-method-schulze = Schulze
election-phase-nominations = Nominations are open until staff open voting.
election-phase-nominations-until = Nominations are open until { $at }.
election-phase-voting-until = Voting is open until { $at }.
election-phase-closed = Closed.
election-phase-closed-at = Closed { $at }.
election-header = Election #{ $id }: **{ $title }** (`{ $body }`) — { $seats ->
    [one] 1 seat
   *[other] { $seats } seats
}, { $method }. { $phase }
election-candidate-standing = standing
election-candidate-not-accepted = not accepted yet
election-candidate-not-seconded = not seconded yet
election-candidate-withdrawn = withdrawn
election-candidate-line = { $name } — { $state }
election-candidate-numbered = { $number }. { $name }
election-quota = Quota: `{ $quota }`
election-round-first = **Round { $round }**: first preferences.
election-round-approvals = **Round { $round }**: approvals.
election-round-surplus = **Round { $round }**: the surplus of { $name } (`{ $votes }`) is transferred.
election-round-exclusion = **Round { $round }**: { $names } excluded, with the fewest votes; their ballots pass on.
election-round-winner = **Round { $round }**: { $name } wins among those not yet elected.
election-round-exhausted = Non-transferable so far: `{ $votes }`
election-round-elected = Elected: { $names }
election-tie = Tie between { $between }: { $chosen }, { $how }
election-tie-earlier = by the votes at round { $round }.
election-tie-lot = by lot (draw { $draw } from seed `{ $seed }`).
election-pairwise = Pairwise preferences (row over column):
election-strongest-paths = Strongest paths:
election-created = 🗳 Election #{ $id } “{ $title }” is open for nominations.
election-how-to-nominate = Nominate with `!nominate #{ $id } @member` (yourself too); nominees accept with `!accept #{ $id }`.
election-list-none = No election is under way in your bodies.
election-list-none-all = Your bodies have no elections.
election-list-title = { $count ->
    [one] 1 election:
   *[other] { $count } elections:
}
election-no-nominees = Nobody is nominated yet.
election-how-to-vote = Vote in private: send me `!ballot #{ $id } …` in a direct conversation (on Discord, `/ballot` or `/election ballot`). Your ballot is secret and you get a receipt to check or replace it.
election-you-voted = You have voted in election #{ $id }.
election-outcome-no-candidates = Election #{ $id } closed without a vote: nobody stood.
election-outcome-not-quorate = Election #{ $id } did not reach its quorum: nobody is elected. The ballots are published all the same.
election-outcome-unopposed = Election #{ $id } closed without a vote: { $names } elected unopposed.
election-outcome-counted = Election #{ $id } is closed and counted: `!election results #{ $id }`.
election-closed-title = 🗳 Election #{ $id } “{ $title }” — result
election-voting-open = 🗳 Voting is open in election #{ $id } “{ $title }”, until { $at }.
election-roll-size = { $count ->
    [one] 1 member is on the roll.
   *[other] { $count } members are on the roll.
}
election-ballot-open = Vote privately
election-bulletin = Bulletin board of election #{ $id }: every ballot under the hash of its receipt, and the ballots as BLT. Recount with `quorum tally election-{ $id }-ballots.blt --method …`; any lot was drawn from seed `{ $seed }`.
election-turnout = { $roll ->
    [one] { $voted } of 1 on the roll voted.
   *[other] { $voted } of { $roll } on the roll voted.
}
election-turnout-weight = Weight: { $voted } of { $roll }.
election-elected = { $count ->
    [0] Nobody is elected.
    [one] Elected: **{ $names }**
   *[other] Elected, in order: **{ $names }**
}
election-method-line = Counted by { $method } for { $seats ->
    [one] 1 seat.
   *[other] { $seats } seats.
}
election-roll-title = { $count ->
    [one] The roll of election #{ $id } has 1 member.
   *[other] The roll of election #{ $id } has { $count } members.
}
election-roll-weight = Their total weight: { $weight }.
election-roll-line = { $name }
election-roll-line-voted = { $name } ✔ voted
election-quorum-met = The quorum ({ $needed }) is met.
election-quorum-short = The quorum is { $needed }: { $missing } more needed.
election-nominated = { $name } is nominated in election #{ $id } “{ $title }”.
election-nominee-accepts = { $name } stands once they accept with `!accept #{ $id }`.
election-needs-seconder = The nomination needs a seconder: `!second #{ $id } @member`.
election-seconded = { $name }'s nomination in election #{ $id } is seconded.
election-accepted = { $name } accepts the nomination in election #{ $id } “{ $title }”.
election-withdrawn = { $name } is withdrawn from election #{ $id }.
election-ballot-cast = { $count ->
    [one] Your ballot in election #{ $id } is cast: { $ballot }
   *[other] { $count } ballots in election #{ $id } are cast: { $ballot }
}
election-receipt = Your receipt: `{ $code }`
election-receipt-for = Receipt for { $name }: `{ $code }`
election-receipt-keep = Keep the receipt: it is shown only this once and stored nowhere. `!verify CODE` shows the ballot as it will be counted; `!ballot #{ $id } … --receipt CODE` replaces it until { $at }. Nobody, staff included, can tell which ballot is yours.
election-ballot-replaced = Your ballot in election #{ $id } is replaced: { $ballot }
election-ballot-until = It can be replaced with its receipt until { $at }.
election-ballot-header = Election #{ $id }: **{ $title }** — { $method }
election-ballot-hint-one = Vote for one: `!ballot #{ $id } N`, here, privately.
election-ballot-hint-approval = Vote for every candidate you approve: `!ballot #{ $id } 1 3`, here, privately.
election-ballot-hint-ranked = Rank the candidates you want, most preferred first: `!ballot #{ $id } 3 1 2`, here, privately.
election-verified = Receipt found, election #{ $id } “{ $title }”: { $ballot }
election-verified-weight = Weight: { $weight }.
election-verified-closed = It was counted as shown; on the bulletin board of election #{ $id } its hash starts `{ $hash }`.
election-reminder = Election #{ $id } “{ $title }” closes { $at } and you have not voted yet.
err-election-irv-seats = Instant-runoff fills one seat, not { $seats }: use `--method stv` for several.
err-election-not-nominating = Election #{ $id } is not taking nominations.
err-election-not-voting = Election #{ $id } is not open for voting.
err-election-results-at-close = Election #{ $id } is not closed yet: its results come at the close.
err-election-no-roll-yet = Election #{ $id } has no roll yet: it is taken when voting opens.
err-election-which = Say which election: `#ID` (`!election list`).
err-election-none-nominating = No election of `{ $body }` is taking nominations.
err-election-several = Several elections take nominations ({ $ids }): say which.
err-election-not-member = Only members in good standing of `{ $body }` may do that.
err-election-nominee-not-member = { $name } is not a member in good standing of `{ $body }`.
err-election-too-many = An election has at most { $max } nominees.
err-election-nominated-already = { $name } is already nominated in election #{ $id }.
err-election-not-nominee = { $name } is not a nominee in election #{ $id }.
err-election-no-seconding = Election #{ $id } does not ask for seconders.
err-election-seconded-already = { $name }'s nomination is already seconded.
err-election-second-self = A nomination is seconded by someone other than the nominee and who nominated them.
err-election-not-nominated-you = You are not nominated in election #{ $id }.
err-election-accepted-already = You have already accepted in election #{ $id }.
err-election-empty-ballot = A ballot names at least one candidate.
err-election-one-choice = This election takes one choice per ballot.
err-election-voted = You have already voted in election #{ $id }. To change your ballot, use its receipt: `!ballot #{ $id } … --receipt CODE`.
err-election-voted-for = { $name }'s ballot is already cast.
err-election-not-on-roll = You are not on the roll of election #{ $id }: it was taken from the body's members in good standing when voting opened.
err-election-giver-not-on-roll = { $name } is not on the roll, so neither is their proxy.
err-election-no-proxies = You hold nobody's proxy with a ballot left in election #{ $id }.
err-election-ballot-public = Ballots are secret: not here. Send `!ballot #{ $id } …` to me in a direct conversation (on Discord, use `/ballot`). Your message here is removed where I can remove it.
err-election-receipt-public = A receipt code is secret: send `!verify CODE` to me in a direct conversation (on Discord, use `/verify`). Your message here is removed where I can remove it.
err-election-receipt-unknown = That receipt is not one of election #{ $id }'s ballots.
err-election-receipt-bad = That is not a receipt code: it has 32 letters and digits, in groups of four.
err-election-receipt-not-found = No ballot has that receipt.
election-ballot-cancelled = Nothing was cast: your ballot of election #{ $id } is put aside.
param-seats = How many seats to fill (1–50)
param-method = How the ballots are counted: plurality, approval, irv, stv or schulze
param-roll = Who votes: the body's members (SHORT) or its exec (SHORT-exec)
param-nominations = How long nominations stay open before voting opens by itself, e.g. 7d
param-election-create-voting = How long voting lasts once open, e.g. 7d
param-seconded = Each nomination needs a seconder
param-receipt = The receipt code of the ballot to replace
param-verify-code = Your receipt code, like ABCD-EFGH-…
