# Quorum — русский (Russian). Every key here must exist in every locale, with the same variables.

## Generic

usage = Использование:
err-internal = На нашей стороне что-то пошло не так; ничего не изменено. Пожалуйста, повторите попытку чуть позже.
err-command-too-old = Ваша команда { $command } (отправлена { $sent }, когда Quorum был недоступен) не выполнена: команды выполняются с опозданием не более { $limit }. Отправьте её снова, если она ещё нужна.
notice-command-interrupted = Ваша команда { $command } выполнена, но Quorum перезапустился, не успев ответить. Проверьте результат, прежде чем отправлять её снова.
notice-interaction-too-late = Ваша команда { $command } дошла до Quorum слишком поздно: Discord уже не принял бы ответ (он ждёт три секунды), поэтому она не выполнена. Отправьте её снова, если она ещё нужна.

## Parse errors

err-empty = Введите команду после префикса, например `!help`.
err-unknown-command = Я не знаю команды `{ $name }`. Введите `!help`, чтобы увидеть список.
err-unknown-command-suggest = Я не знаю команды `{ $name }`. Возможно, вы имели в виду `{ $suggestion }`?
err-unknown-subcommand = У команды `{ $command }` нет подкоманды `{ $name }`.
err-missing = Не указано: `{ $name }`.
err-unexpected = Здесь не ожидалось «{ $text }».
err-unterminated-quote = Кавычка не закрыта.
err-unknown-flag = Неизвестный параметр `{ $flag }`.
err-flag-needs-value = Для параметра `{ $flag }` нужно значение.
err-flag-twice = Параметр `{ $flag }` указан дважды.
err-bad-duration = «{ $value }» не является длительностью. Используйте, например, `90m`, `2h`, `7d` или `1h30m`.
err-bad-date = «{ $value }» не является датой. Используйте формат год-месяц-день, например `2026-12-01`.
err-bad-time = «{ $value }» не является временем. Используйте 24-часовой формат часы:минуты, например `09:00`.
err-bad-id = «{ $value }» не является числом. Используйте, например, `3` или `#3`.
err-bad-cron = Выражение `{ $value }` не является корректным расписанием cron: нужно пять полей — минута час день месяц день_недели, например `0 9 * * 1-5` (или шесть, с полем секунд, равным 0, в начале: `0 0 9 * * 1-5`).
err-bad-cron-field = Выражение `{ $value }` не является корректным расписанием cron: неверное поле { $field ->
    [minute] минут (0–59)
    [hour] часов (0–23)
    [day] дня месяца (1–31)
    [month] месяца (1–12 или jan–dec)
   *[weekday] дня недели (0–7 или sun–sat; 0 и 7 — воскресенье)
}.
err-bad-repeat = Я не понимаю повторение «{ $value }». Попробуйте `every weekday at 09:00`, `every 2 weeks on tuesday` или `monthly on the first thursday`.
err-too-long = Поле `{ $name }` слишком длинное: символов — { $len }, а допускается не более { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
}.
err-empty-text = Поле `{ $name }` пустое.
err-control-chars = Поле `{ $name }` содержит невидимые или управляющие символы; пожалуйста, удалите их.
err-bad-choice = «{ $value }» — недопустимое значение для `{ $name }`. Выберите одно из следующих: { $allowed }.
err-unknown-zone = Мне неизвестен часовой пояс «{ $value }». Укажите название, например `Europe/Zurich`, или город, например `Geneva`.
err-unknown-zone-suggest = Мне неизвестен часовой пояс «{ $value }». Возможно, вы имели в виду `{ $suggestion }`?

## Refusals

err-forbidden = Для этого нужна роль `{ $role }`.
err-forbidden-in = Для этого нужна роль `{ $role }` в органе `{ $body }`.
err-not-found = { $kind ->
    [reminder] Напоминание `{ $id }` не найдено.
    [meeting] Встреча `{ $id }` не найдена.
    [body] Орган `{ $id }` не найден.
    [send] Отправка `{ $id }` не найдена.
   *[other] Объект `{ $id }` не найден.
}
err-no-body-here = Эта комната ещё не привязана к органу. Сотрудники могут привязать её командой `!body link SHORT`.
err-past-time = Время { $time } ({ $zone }) уже прошло.
err-time-in-gap = Времени { $time } в поясе { $zone } не существует: при переводе часов этот час пропускается. Выберите время вне перехода.
err-never-fires = Это расписание никогда не сработает.

## Help

help-intro = **Команды Quorum.** Введите `!help COMMAND`, чтобы увидеть подробности и примеры.
help-needs-role = Требуется роль `{ $role }`.
help-examples = Примеры:
category-general = **Общее**
category-settings = **Ваши настройки**
category-bodies = **Органы и роли**
category-reminders = **Напоминания**
category-audit = **Аудит**

cmd-help-summary = Показать список команд или подробности об одной из них.
cmd-help-help = Без аргумента выводит всё, что умеет Quorum. С названием команды показывает, как её записать, кто может её использовать, и примеры.
cmd-tz-summary = Показать или задать ваш часовой пояс.
cmd-tz-help = Всё время, которое показывает вам Quorum, указывается в вашем часовом поясе. Укажите название из базы IANA, например `Europe/Zurich`, или город, например `Geneva` или `New York`.
cmd-lang-summary = Показать или задать ваш язык.
cmd-lang-help = Quorum говорит на арабском (ar), английском (en), испанском (es), французском (fr), русском (ru) и китайском (zh) языках. Выбор касается только вас.
cmd-whoami-summary = Показать, что Quorum знает о вас.
cmd-whoami-help = Показывает ваш номер участника, связанные учётные записи, часовой пояс, язык и роли. Ответ отправляется вам в личные сообщения.
cmd-body-create-summary = Создать орган (округ, комитет, группу).
cmd-body-create-help = Задаёт органу полное название и краткое имя, которое используется в командах. Создавать органы могут только администраторы.
cmd-body-link-summary = Привязать эту комнату к органу.
cmd-body-link-help = Команды в привязанной комнате относятся к этому органу, и в ней действуют роли его участников.
cmd-role-grant-summary = Назначить человеку роль в органе.
cmd-role-grant-help = Роли от самой широкой до самой узкой: admin, staff, exec, member, applicant, guest. Роль staff позволяет назначать роли вплоть до exec; назначать staff или admin может только admin. Если орган не указан, используется орган, к которому привязана комната.
cmd-role-revoke-summary = Отозвать у человека роль.
cmd-role-revoke-help = Действуют те же правила, что и при назначении.
cmd-remind-summary = Создать напоминание для себя, для другого человека или для этой комнаты.
cmd-remind-help = `me` — напомнить вам в личных сообщениях, `@user` — напомнить этому человеку в личных сообщениях, `here` — опубликовать в этой комнате. Укажите задержку (`in 2h`), дату и время (`at 2026-12-01 09:00 Europe/Zurich`; если пояс не указан, используется ваш), повторение (`every weekday at 09:00`) или расписание cron (`--cron "0 9 * * 1-5"`, понедельник = 1). Повторения следуют местному времени, в том числе при переходе на летнее и зимнее время.
cmd-reminders-summary = Показать доступные вам напоминания.
cmd-reminders-help = Показывает ваши напоминания, напоминания для вас и напоминания этой комнаты с их номерами.
cmd-reminder-cancel-summary = Отменить напоминание.
cmd-reminder-cancel-help = Вы можете отменять свои напоминания и те, что созданы для вас; сотрудники могут отменять напоминания этой комнаты.
cmd-audit-verify-summary = Проверить, что журнал аудита не был изменён.
cmd-audit-verify-help = Заново вычисляет цепочку хешей всех записанных действий сотрудников и сообщает о первой изменённой или удалённой строке.

## Settings

tz-current = Ваш часовой пояс — `{ $zone }`; там сейчас { $local }.
tz-set = Теперь ваш часовой пояс — `{ $zone }`; там сейчас { $local }.
lang-current = Ваш язык — `{ $lang }`. Доступные языки: { $choices }.
lang-set = С этого момента я буду отвечать вам по-русски.
whoami-title = Что Quorum знает о пользователе { $who }:
whoami-member = Номер участника: { $id }
whoami-zone = Часовой пояс: `{ $zone }`
whoami-lang = Язык: `{ $lang }`
whoami-identity = Учётная запись { $platform }: `{ $user }`
whoami-admin = Администратор Quorum
whoami-no-roles = Пока нет ролей ни в одном органе
whoami-role = `{ $role }` в органе `{ $body }`

## Bodies and roles

body-exists = Орган с кратким именем `{ $short }` уже существует.
body-created = Создан орган **{ $name }** (`{ $short }`). Привяжите к нему комнату командой `!body link { $short }`.
body-link-direct = Личную переписку нельзя привязать к органу.
body-linked = Эта комната теперь привязана к органу **{ $name }** (`{ $short }`).
role-granted = Пользователю { $user } назначена роль `{ $role }` в органе `{ $body }`.
role-already = У пользователя { $user } уже есть роль `{ $role }` в органе `{ $body }`.
role-revoked = У пользователя { $user } больше нет роли `{ $role }` в органе `{ $body }`.
role-not-held = У пользователя { $user } нет роли `{ $role }` в органе `{ $body }`.

## Audit

audit-ok = Журнал аудита не повреждён: { $count ->
    [one] проверена { $count } запись
    [few] проверены { $count } записи
    [many] проверено { $count } записей
   *[other] проверено { $count } записи
}.
audit-broken = Журнал аудита был изменён: цепочка прерывается на записи { $seq } (из { $count }).

## Reminders

reminder-set = Напоминание #{ $id } установлено на { $time }: { $text }
reminder-set-repeat = Напоминание #{ $id } установлено ({ $repeat }), первое — { $time }: { $text }
reminders-none = У вас здесь нет напоминаний.
reminders-title = { $count ->
    [one] { $count } напоминание:
    [few] { $count } напоминания:
    [many] { $count } напоминаний:
   *[other] { $count } напоминания:
}
reminder-line = #{ $id } · { $time } · { $target ->
    [me] для вас
    [here] для этой комнаты
   *[user] для другого человека
} · { $text }
reminder-line-repeat = #{ $id } · следующее: { $time } ({ $repeat }) · { $target ->
    [me] для вас
    [here] для этой комнаты
   *[user] для другого человека
} · { $text }
reminder-cancelled = Напоминание #{ $id } отменено.
reminder-fire = ⏰ Напоминание: { $text }
reminder-fire-from = ⏰ Напоминание от { $from }: { $text }
reminder-missed = ⏰ Пропущенное напоминание (срок наступил { $due }, когда Quorum был недоступен): { $text }

## Descriptions of command options (Discord shows them beside each option)
param-target = Кому или где: me, @кто-то или here
param-when = Когда: in 2h, at 2026-12-01 09:00 Europe/Zurich, every weekday at 09:00
param-text = Текст
param-id = Номер, например #3
param-zone = Часовой пояс или город, например Europe/Zurich или Женева
param-language = Язык: en, fr, es, ru, zh или ar
param-name = Полное название
param-short = Краткое название, например BC
param-body = Краткое название органа
param-command = Команда, чтобы узнать подробности
param-user = Участник
param-role = Роль
param-cron = Расписание cron в кавычках, например "0 9 * * 1-5"

## Meetings
category-meetings = **Встречи**
cmd-meeting-schedule-summary = Запланировать встречу или серию встреч в часовом поясе встречи.
cmd-meeting-schedule-help = Дата и время указываются по часам заданного пояса (имя IANA или город); каждый затем видит время в своём поясе. Серия сохраняет местное время при переводе часов. Напоминания приходят во все комнаты органа перед каждой встречей (по умолчанию за 1h; `--remind none` — без напоминаний).
cmd-meeting-list-summary = Показать предстоящие встречи органа этой комнаты.
cmd-meeting-list-help = Показывает ближайшее проведение каждой встречи и серии органа, от имени которого действует эта комната (или самой комнаты, если органа нет), начиная с ближайших.
cmd-meeting-show-summary = Показать встречу: когда, сколько длится, где и время в поясах участников.
cmd-meeting-show-help = Показывает ближайшее проведение, длительность, повторение, ссылку и телефонный доступ, а также местное время в каждом поясе, выбранном членами органа.
cmd-meeting-cancel-summary = Отменить встречу или всю серию.
cmd-meeting-cancel-help = Отменить встречу может тот, кто её запланировал, и сотрудники её органа; напоминания прекращаются. С ДАТОЙ отменяется только проведение в этот день.
meeting-scheduled = Встреча #{ $id } «{ $title }» запланирована на { $time }.
meeting-scheduled-repeat = Серия встреч #{ $id } «{ $title }» запланирована ({ $repeat }), первая — { $time }.
meeting-ambiguous = В ту ночь { $local } наступает в поясе { $zone } дважды (часы переводят назад); встреча назначена на первый из двух.
meetings-none = Здесь нет предстоящих встреч.
meetings-title = { $count ->
    [one] { $count } предстоящая встреча:
    [few] { $count } предстоящие встречи:
    [many] { $count } предстоящих встреч:
   *[other] { $count } предстоящей встречи:
}
meeting-line = #{ $id } · { $time } · { $title }
meeting-line-repeat = #{ $id } · следующая { $time } ({ $repeat }) · { $title }
meeting-show-title = Встреча #{ $id }: { $title }
meeting-show-when = Следующая: { $time }, продолжительность { $duration }
meeting-show-repeat = Повторение: { $repeat }
meeting-show-link = Ссылка: { $link }
meeting-show-dial = Телефонный доступ: { $dial }
meeting-show-zones = В поясах участников:
meeting-show-zone = { $zone }: { $local }
meeting-over = У встречи #{ $id } больше нет проведений.
meeting-cancelled = Встреча #{ $id } «{ $title }» отменена.
meeting-reminder = 📅 «{ $title }» начинается { $time }.
meeting-reminder-link = 📅 «{ $title }» начинается { $time }: { $link }
err-meeting-not-yours = Изменить встречу #{ $id } может только тот, кто её запланировал, или сотрудники её органа.
param-title = Название
param-date = Дата, например 2026-12-03
param-time = Время, например 14:00
param-duration = Длительность, например 90m или 1h30m
param-repeat = Повторение, например "every tuesday" или "every weekday"
param-remind = За сколько напомнить, например 24h,1h (или none)
param-link = Ссылка для подключения
param-dial = Телефонный доступ
cmd-meeting-rsvp-summary = Сообщить, придёте ли вы на встречу.
cmd-meeting-rsvp-help = Ответьте yes, no или maybe; новый ответ заменяет прежний. `!meeting show` подсчитывает ответы.
meeting-rsvp-set = Ваш ответ на встречу #{ $id } «{ $title }»: { $answer ->
    [yes] да, вы придёте
    [no] нет, вы не сможете прийти
   *[maybe] может быть
}.
meeting-show-rsvps = Ответы: да — { $yes } · возможно — { $maybe } · нет — { $no }
rsvp-yes = Приду
rsvp-no = Не смогу
rsvp-maybe = Возможно
param-answer = Ваш ответ: yes, no или maybe
meeting-occurrence-cancelled = Встреча #{ $id } «{ $title }» { $time } отменена; серия продолжается.
err-meeting-no-occurrence = У встречи #{ $id } нет предстоящего проведения { $date }.
cmd-meeting-move-summary = Перенести одно проведение встречи на другие дату и время.
cmd-meeting-move-help = Укажите дату переносимого проведения, затем новые дату и время по часам пояса встречи. Остальная серия не меняется; напоминания следуют новому времени.
meeting-moved = Встреча #{ $id } «{ $title }» { $from } перенесена на { $to }.
param-to_date = Новая дата, например 2026-12-09
param-to_time = Новое время, например 15:00

## Editing meetings

cmd-meeting-edit-summary = Изменить встречу или всю серию: название, время, зону, повторение, напоминания, ссылку.
cmd-meeting-edit-help = Укажите только то, что меняется. В серии новое время или зона действуют со следующего проведения, а отменённые или перенесённые по одному проведения сбрасываются. `--once` прекращает повторение; `--link none` и `--dial none` удаляют их. Изменять встречу могут тот, кто её назначил, и сотрудники её органа.
param-once = Больше не повторять: одна встреча
meeting-edited = Встреча #{ $id } «{ $title }» изменена; следующая { $time }.
meeting-edited-over = Встреча #{ $id } «{ $title }» изменена; проведений больше нет.
meeting-edited-exceptions = Проведения, отменённые или перенесённые по одному, снова следуют новому расписанию.
err-meeting-edit-nothing = Укажите, что изменить во встрече #{ $id }, например `--time 15:00` или `--title "Новое название"`.

## Meeting reminders by direct message

cmd-meeting-dm-summary = Получать напоминания о встрече (или обо всех встречах органа) личным сообщением.
cmd-meeting-dm-help = `on` присылает вам каждое напоминание ещё и лично, на вашем языке и в вашем часовом поясе, на той платформе, откуда вы попросили; `all` охватывает все встречи органа этой комнаты, включая будущие. `off` отключает.
param-meeting = Номер встречи, например #3, или all
param-switch = on или off
meeting-dm-on-meeting = Вы будете получать напоминания о встрече #{ $id } «{ $title }» личным сообщением.
meeting-dm-on-body = Вы будете получать напоминания обо всех встречах `{ $body }` личным сообщением.
meeting-dm-off-meeting = Вы больше не будете получать напоминания о встрече #{ $id } «{ $title }» личным сообщением.
meeting-dm-off-body = Вы больше не будете получать напоминания о встречах `{ $body }` личным сообщением.
meeting-dm-was-off-meeting = Вы и не получали напоминания о встрече #{ $id } «{ $title }» личным сообщением.
meeting-dm-was-off-body = Вы и не получали напоминания о встречах `{ $body }` личным сообщением.
err-meeting-dm-no-body = Эта комната не связана ни с каким органом; укажите номер встречи вместо `all`.

## Calendar export
err-cron-seconds = `{ $value }`: если в cron шесть полей, первое — секунды, и оно должно быть равно 0; Quorum планирует с точностью до минуты.
cmd-meeting-ics-summary = Встреча или все встречи этого органа в виде файла календаря (.ics).
cmd-meeting-ics-help = С номером — эта встреча (серия вместе с правилом повторения, отменёнными и перенесёнными встречами) в виде файла iCalendar для импорта в приложение календаря; без номера — все встречи органа этой комнаты в одном файле. Файл отправляется вам лично.
meeting-ics = Встреча № { $id } «{ $title }» в виде файла календаря:
meeting-ics-feed = { $count ->
    [one] { $count } встреча
    [few] { $count } встречи
   *[other] { $count } встреч
} в одном файле календаря:

## Calendar feeds

cmd-meeting-feed-summary = Получить адрес календаря этого органа для подписки в приложении-календаре.
cmd-meeting-feed-help = Приложения-календари (телефоны, Outlook, Thunderbird, Google Календарь), подписанные на этот адрес, показывают все встречи органа и следят за их изменениями. Адрес содержит секрет: не передавайте его. Сотрудники могут заменить его с помощью `--reset`; старый адрес тогда перестаёт работать.
param-reset = Заменить секретный адрес (сотрудники)
meeting-feed = Календарь `{ $body }`: { $url } — подпишитесь на него в своём приложении-календаре. Не передавайте адрес: любой, у кого он есть, может читать встречи.
meeting-feed-reset = У календаря `{ $body }` новый адрес: { $url } — старый больше не работает; подпискам нужен новый.
err-meeting-feed-off = Этот Quorum не раздаёт календари (нет настроек `[calendar]`); `!meeting ics` выдаёт встречи файлом.

## Agenda
cmd-agenda-add-summary = Добавить пункт в повестку ближайшего проведения встречи.
cmd-agenda-add-help = Добавить пункт длиной не более 300 символов может любой, кто видит встречу; в повестке одного проведения — не более 50 пунктов. Пункт попадает в идущее или ближайшее проведение, а с `--date` — в проведение этого дня: у каждого проведения серии своя повестка. В ответе указан номер пункта.
cmd-agenda-show-summary = Показать пронумерованную повестку ближайшего проведения встречи.
cmd-agenda-show-help = Перечисляет пункты идущего или ближайшего проведения (с `--date` — проведения этого дня) и кто добавил каждый из них. Напоминания о встрече и `!meeting show` тоже их перечисляют.
cmd-agenda-order-summary = Расставить пункты повестки в новом порядке.
cmd-agenda-order-help = Укажите каждый номер пункта один раз в новом порядке, через запятую или пробел: `3,1,2` ставит пункт 3 первым. Менять порядок может тот, кто запланировал встречу, и сотрудники её органа.
cmd-agenda-remove-summary = Убрать пункт из повестки.
cmd-agenda-remove-help = Убрать пункт может тот, кто его добавил, тот, кто запланировал встречу, и сотрудники её органа; следующие пункты сдвигаются на один номер вверх.
param-order = Номера пунктов в новом порядке, например 3,1,2
param-item = Номер пункта, например 2
agenda-added = Пункт { $number } добавлен в повестку встречи #{ $id } «{ $title }» { $time }: { $text }
agenda-title = { $count ->
    [one] Повестка встречи #{ $id } «{ $title }» { $time }, { $count } пункт:
    [few] Повестка встречи #{ $id } «{ $title }» { $time }, { $count } пункта:
    [many] Повестка встречи #{ $id } «{ $title }» { $time }, { $count } пунктов:
   *[other] Повестка встречи #{ $id } «{ $title }» { $time }, { $count } пункта:
}
agenda-empty = У встречи #{ $id } «{ $title }» { $time } ещё нет повестки. Добавьте пункт командой `!agenda add #{ $id } "ТЕКСТ"`.
agenda-item = { $number }. { $text } — { $author }
agenda-ordered = Новый порядок повестки встречи #{ $id } «{ $title }» { $time }:
agenda-removed = Пункт { $number } «{ $text }» убран из повестки встречи #{ $id } «{ $title }» { $time }.
meeting-show-agenda = { $count ->
    [one] Повестка, { $count } пункт:
    [few] Повестка, { $count } пункта:
    [many] Повестка, { $count } пунктов:
   *[other] Повестка, { $count } пункта:
}
err-agenda-full = В повестке встречи #{ $id } «{ $title }» { $time } уже { $max } пунктов — это максимум. Уберите один, прежде чем добавлять новый.
err-agenda-bad-order = Новый порядок должен назвать каждый пункт ровно один раз: { $count ->
    [one] в повестке только пункт 1.
   *[other] номера от 1 до { $count } через запятую или пробел.
}
err-agenda-no-item = В повестке встречи #{ $id } «{ $title }» { $time } нет пункта { $number }; { $count ->
    [one] в ней только пункт 1.
   *[other] её пункты пронумерованы от 1 до { $count }.
}
err-agenda-not-yours = Убрать пункт { $number } может только тот, кто его добавил, тот, кто запланировал встречу #{ $id }, или сотрудники её органа.

## Attendance, quorum and the speaking queue
cmd-body-quorum-summary = Показать или задать, сколько членов составляют кворум органа.
cmd-body-quorum-help = Укажите долю членов (`50%`, с округлением вверх до целого числа людей) или число людей (`12`); `none` отменяет правило. Члены — все, у кого есть роль в органе. Правило задают сотрудники органа или администратор; увидеть его может любой, не указывая правило. Перекличка (`!meeting attendance`) проверяет его.
cmd-meeting-attendance-summary = Провести перекличку на идущей встрече и проверить кворум.
cmd-meeting-attendance-help = В первый раз открывает перекличку идущего проведения (или начинающегося в ближайшие 30 минут) и предлагает отметиться: в зале или удалённо. Повторный вызов показывает, кто присутствует и набран ли кворум органа. Пользоваться командой могут тот, кто запланировал встречу, сотрудники её органа и администраторы. У каждого проведения — своя запись. С `--date` любой, кто видит встречу, читает запись о проведении в этот день.
cmd-meeting-present-summary = Отметиться на перекличке идущей встречи.
cmd-meeting-present-help = Отмечает вас присутствующим на идущем проведении (или начинающемся в ближайшие 30 минут). Добавьте `remote`, если участвуете удалённо; новый ответ заменяет прежний.
cmd-hand-raise-summary = Поднять руку, чтобы взять слово (`!hand`).
cmd-hand-raise-help = Ставит вас в конец очереди выступающих этой комнаты. Добавьте `remote`, если выступаете удалённо, или `in-person`; иначе решает ваш ответ на перекличке идущей встречи.
cmd-hand-down-summary = Опустить руку.
cmd-hand-down-help = Убирает вас из очереди выступающих этой комнаты.
cmd-queue-show-summary = Показать, кто ждёт слова (`!queue`).
cmd-queue-show-help = Показывает очередь выступающих этой комнаты по порядку: кто участвует удалённо и сколько каждый уже ждёт.
cmd-queue-clear-summary = Очистить очередь выступающих (председатель).
cmd-queue-clear-help = Председательствует тот, кто запланировал идущую здесь встречу, сотрудники органа этой комнаты или администратор.
cmd-next-summary = Дать слово первому в очереди (председатель).
cmd-next-help = Называет первого ожидающего, убирает его из очереди и говорит, кто следующий. Это может только председатель: тот, кто запланировал идущую здесь встречу, сотрудники органа этой комнаты или администратор.
param-rule = Правило кворума: 50% (членов), 12 (человек) или none
param-presence = remote, если участвуете удалённо, иначе in-person
body-quorum-percent = Кворум органа **{ $name }** (`{ $short }`) — { $percent }% его членов: сегодня { $needed } из { $members }.
body-quorum-count = Кворум органа **{ $name }** (`{ $short }`) — { $needed ->
    [one] { $needed } присутствующий член
    [few] { $needed } присутствующих члена
    [many] { $needed } присутствующих членов
   *[other] { $needed } присутствующего члена
}; сегодня в органе членов: { $members }.
body-quorum-none = У органа **{ $name }** (`{ $short }`) нет правила кворума. Сотрудники могут его задать, например `!body quorum { $short } 50%`.
body-quorum-set-percent = Теперь кворум органа **{ $name }** (`{ $short }`) — { $percent }% его членов: сегодня { $needed } из { $members }.
body-quorum-set-count = Теперь кворум органа **{ $name }** (`{ $short }`) — { $needed ->
    [one] { $needed } присутствующий член
    [few] { $needed } присутствующих члена
    [many] { $needed } присутствующих членов
   *[other] { $needed } присутствующего члена
}; сегодня в органе членов: { $members }.
body-quorum-set-none = У органа **{ $name }** (`{ $short }`) больше нет правила кворума.
err-meeting-not-under-way = Встреча #{ $id } сейчас не идёт: следующее проведение начнётся { $time }. Перекличка открывается за { $minutes } минут до начала.
err-attendance-not-yours = Провести перекличку встречи #{ $id } может только тот, кто её запланировал, сотрудники её органа или администратор.
attendance-open = 📋 Перекличка на встрече #{ $id } «{ $title }» ({ $time }): кто здесь?
attendance-choice-present = Присутствую
attendance-choice-remote = Присутствую удалённо
attendance-present = Вы отмечены как присутствующий на встрече #{ $id } «{ $title }» ({ $time }).
attendance-present-remote = Вы отмечены как присутствующий удалённо на встрече #{ $id } «{ $title }» ({ $time }).
attendance-report = 📋 Перекличка на встрече #{ $id } «{ $title }» ({ $time }):
attendance-nobody = Пока никто не отметился.
attendance-line = { $name }
attendance-line-remote = { $name } · 🌐 удалённо
attendance-line-guest = { $name } · не член органа, не учитывается
attendance-line-guest-remote = { $name } · 🌐 удалённо · не член органа, не учитывается
attendance-tally-no-body = Присутствуют: { $present }{ $remote ->
    [0] {""}
   *[other] {" "}(удалённо: { $remote })
}.
attendance-tally-no-rule = Присутствуют: { $present }{ $remote ->
    [0] {""}
   *[other] {" "}(удалённо: { $remote })
} из { $members ->
    [one] { $members } члена
    [few] { $members } членов
    [many] { $members } членов
   *[other] { $members } члена
}; у `{ $short }` нет правила кворума.
attendance-tally-percent-reached = Присутствуют: { $present }{ $remote ->
    [0] {""}
   *[other] {" "}(удалённо: { $remote })
} из { $members ->
    [one] { $members } члена
    [few] { $members } членов
    [many] { $members } членов
   *[other] { $members } члена
}; кворум { $needed } ({ $percent }%): **достигнут**.
attendance-tally-percent-missing = Присутствуют: { $present }{ $remote ->
    [0] {""}
   *[other] {" "}(удалённо: { $remote })
} из { $members ->
    [one] { $members } члена
    [few] { $members } членов
    [many] { $members } членов
   *[other] { $members } члена
}; кворум { $needed } ({ $percent }%): **не достигнут**, нужно ещё { $missing }.
attendance-tally-count-reached = Присутствуют: { $present }{ $remote ->
    [0] {""}
   *[other] {" "}(удалённо: { $remote })
} из { $members ->
    [one] { $members } члена
    [few] { $members } членов
    [many] { $members } членов
   *[other] { $members } члена
}; кворум { $needed }: **достигнут**.
attendance-tally-count-missing = Присутствуют: { $present }{ $remote ->
    [0] {""}
   *[other] {" "}(удалённо: { $remote })
} из { $members ->
    [one] { $members } члена
    [few] { $members } членов
    [many] { $members } членов
   *[other] { $members } члена
}; кворум { $needed }: **не достигнут**, нужно ещё { $missing }.
err-queue-direct = Очередь выступающих относится к комнате встречи, а не к личной переписке.
err-not-chair = Это может только председатель: тот, кто запланировал идущую здесь встречу, сотрудники органа этой комнаты или администратор.
err-queue-not-in = Вас нет в очереди выступающих этой комнаты.
err-queue-empty = Никто не ждёт слова — давать слово некому.
queue-raised = ✋ { $name } поднимает руку: номер { $position } в очереди.
queue-already = Вы уже в очереди, на месте { $position }.
queue-already-remote = Вы уже в очереди, на месте { $position }; теперь там указано, что вы выступаете удалённо.
queue-already-in-person = Вы уже в очереди, на месте { $position }; теперь там указано, что вы выступаете из зала.
queue-lowered = { $name } опускает руку.
queue-empty = Никто не ждёт слова.
queue-title = { $count ->
    [one] Слова ждёт { $count } человек:
    [few] Слова ждут { $count } человека:
    [many] Слова ждут { $count } человек:
   *[other] Слова ждут { $count } человека:
}
queue-line = { $position }. { $name } — ждёт { $minutes ->
    [0] меньше минуты
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}
queue-line-remote = { $position }. { $name } · 🌐 удалённо — ждёт { $minutes ->
    [0] меньше минуты
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}
queue-floor = 🎤 { $who }, вам слово.
queue-floor-remote = 🎤 { $who }, вам слово (🌐 удалённо).
queue-next-up = Следующий: { $name } (в очереди: { $count }).
queue-cleared = { $count ->
    [0] Очередь выступающих уже была пуста.
   *[other] Очередь выступающих очищена (убрано: { $count }).
}
err-attendance-no-record = У встречи #{ $id } нет { $date } проведения, которое уже началось или вот-вот начнётся; присутствие отмечается с 30 минут до начала.

## Failed sends

category-outbox = **Доставка**
cmd-outbox-list-summary = Показать сообщения, которые не удалось доставить (`!outbox`).
cmd-outbox-list-help = Показывает отправки, от которых Quorum отказался, начиная с последних: номер, платформу, получателя, когда отправка не удалась, после скольких попыток и почему — но никогда их содержание. Отправка сразу считается неудачной, если платформа окончательно её отклоняет (личные сообщения закрыты, нет разрешения, неизвестный пользователь или комната), а также после суток (по умолчанию) временных сбоев. Сотрудники видят отправки в комнаты своего органа и личные сообщения людям, у которых в нём есть роль; администраторы видят всё.
cmd-outbox-retry-summary = Повторить неудавшуюся отправку.
cmd-outbox-retry-help = Возвращает неудавшуюся отправку в очередь: она будет повторена сразу, а при временных сбоях — ещё в течение суток. Сначала устраните причину: участник открывает личные сообщения, бот получает разрешение или новое приглашение.
outbox-none = Неудавшихся отправок нет: всё доставлено или ещё в процессе.
outbox-title = { $count ->
    [one] { $count } неудавшаяся отправка:
    [few] { $count } неудавшиеся отправки, сначала последние:
    [many] { $count } неудавшихся отправок, сначала последние:
   *[other] { $count } неудавшейся отправки, сначала последние:
}
outbox-line = #{ $id } · { $platform } · { $kind ->
    [room] комната { $to }
    [direct] личное сообщение для { $to }
   *[other] неизвестный получатель
} · сбой { $time } после { $attempts ->
    [one] { $attempts } попытки
   *[other] { $attempts } попыток
} · { $failure ->
    [permanent] отклонено
    [expired] прекращено
    [unreadable] не читается
   *[other] сбой
}: { $reason }
outbox-more = … и ещё { $count }.
outbox-retried = Отправка #{ $id } возвращена в очередь и сейчас будет повторена.
err-outbox-pending = Отправка `#{ $id }` не завершилась неудачей: попытки ещё продолжаются.
err-outbox-sent = Отправка `#{ $id }` не завершилась неудачей: сообщение доставлено.

## Times said with how far off they are, and lengths of time
time-ahead = { $time } ({ $ahead })
ahead-now = сейчас
ahead-minutes = через { $count ->
    [one] { $count } минуту
    [few] { $count } минуты
    [many] { $count } минут
   *[other] { $count } минуты
}
ahead-hours = через { $count ->
    [one] { $count } час
    [few] { $count } часа
    [many] { $count } часов
   *[other] { $count } часа
}
ahead-hours-minutes = через { $hours ->
    [one] { $hours } час
    [few] { $hours } часа
    [many] { $hours } часов
   *[other] { $hours } часа
} { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}
ahead-tomorrow = завтра
ahead-days = через { $count ->
    [one] { $count } день
    [few] { $count } дня
    [many] { $count } дней
   *[other] { $count } дня
}
duration-minutes = { $count ->
    [one] { $count } минута
    [few] { $count } минуты
    [many] { $count } минут
   *[other] { $count } минуты
}
duration-hours = { $count ->
    [one] { $count } час
    [few] { $count } часа
    [many] { $count } часов
   *[other] { $count } часа
}
duration-hours-minutes = { $hours ->
    [one] { $hours } час
    [few] { $hours } часа
    [many] { $hours } часов
   *[other] { $hours } часа
} { $minutes ->
    [one] { $minutes } минута
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}
duration-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
    [many] { $count } дней
   *[other] { $count } дня
}

## A body's language
cmd-body-lang-summary = Показать или выбрать язык комнат органа.
cmd-body-lang-help = Сообщения, которые Quorum сам публикует в комнатах органа (напоминания о заседаниях, напоминания для комнаты), пишутся на этом языке; ответы человеку остаются на его языке. Изменить язык может секретариат органа.
body-lang-current = Комнаты `{ $body }` получают сообщения на языке `{ $lang }`. Доступны: { $choices }.
body-lang-set = Теперь комнаты `{ $body }` будут получать сообщения на языке `{ $lang }`.

## Repetitions in words
repeat-hourly = каждый час
repeat-days = { $interval ->
    [one] ежедневно
    [few] раз в { $interval } дня
    [many] раз в { $interval } дней
   *[other] раз в { $interval } дня
} в { $time }
repeat-weekdays = по будням в { $time }
repeat-weekends = по субботам и воскресеньям в { $time }
repeat-weekly = { $interval ->
    [one] еженедельно
    [few] раз в { $interval } недели
    [many] раз в { $interval } недель
   *[other] раз в { $interval } недели
} в { $time }
repeat-weeks = { $interval ->
    [one] еженедельно
    [few] раз в { $interval } недели
    [many] раз в { $interval } недель
   *[other] раз в { $interval } недели
} по { $days } в { $time }
repeat-months-day = { $interval ->
    [one] ежемесячно
    [few] раз в { $interval } месяца
    [many] раз в { $interval } месяцев
   *[other] раз в { $interval } месяца
} { $day }-го числа в { $time }
repeat-months-nth = { $interval ->
    [one] ежемесячно
    [few] раз в { $interval } месяца
    [many] раз в { $interval } месяцев
   *[other] раз в { $interval } месяца
} в { $weekday ->
    [wed] { $nth ->
        [1] первую
        [2] вторую
        [3] третью
        [4] четвёртую
        [5] пятую
       *[last] последнюю
    }
    [fri] { $nth ->
        [1] первую
        [2] вторую
        [3] третью
        [4] четвёртую
        [5] пятую
       *[last] последнюю
    }
    [sat] { $nth ->
        [1] первую
        [2] вторую
        [3] третью
        [4] четвёртую
        [5] пятую
       *[last] последнюю
    }
    [sun] { $nth ->
        [1] первое
        [2] второе
        [3] третье
        [4] четвёртое
        [5] пятое
       *[last] последнее
    }
   *[other] { $nth ->
        [1] первый
        [2] второй
        [3] третий
        [4] четвёртый
        [5] пятый
       *[last] последний
    }
} { $weekday ->
    [mon] понедельник
    [tue] вторник
    [wed] среду
    [thu] четверг
    [fri] пятницу
    [sat] субботу
   *[sun] воскресенье
} месяца в { $time }
repeat-cron = по расписанию cron `{ $cron }`
weekday-name = { $day ->
    [mon] понедельникам
    [tue] вторникам
    [wed] средам
    [thu] четвергам
    [fri] пятницам
    [sat] субботам
   *[sun] воскресеньям
}
list-pair = { $first }, { $rest }
