# Quorum — العربية (Arabic). Every key here must exist in every locale, with the same variables.

## Generic

usage = طريقة الاستخدام:
err-internal = حدث خطأ من جهتنا، ولم يتغيّر أي شيء. يُرجى المحاولة مرة أخرى بعد قليل.
err-command-too-old = لم يُنفَّذ أمرك { $command } (المُرسَل { $sent } بينما كان Quorum غير متصل): لا تُنفَّذ الأوامر بتأخير يزيد على { $limit }. أرسله مرة أخرى إن كنت لا تزال بحاجة إليه.
notice-command-interrupted = نُفِّذ أمرك { $command }، لكن Quorum أُعيد تشغيله قبل أن يتمكن من الرد. تحقّق من النتيجة قبل إرساله مرة أخرى.
notice-interaction-too-late = وصل أمرك { $command } إلى Quorum متأخرًا جدًا فلم يعد Discord يقبل ردًا عليه (يمهل Discord ثلاث ثوانٍ)، لذلك لم يُنفَّذ. أرسله مرة أخرى إن كنت لا تزال بحاجة إليه.

## Parse errors

err-empty = اكتب أمرًا بعد البادئة، مثل `!help`.
err-unknown-command = لا أعرف الأمر `{ $name }`. اكتب `!help` لعرض قائمة الأوامر.
err-unknown-command-suggest = لا أعرف الأمر `{ $name }`. هل تقصد `{ $suggestion }`؟
err-unknown-subcommand = لا يوجد للأمر `{ $command }` أمر فرعي باسم `{ $name }`.
err-missing = لم تحدّد `{ $name }`.
err-unexpected = لم أتوقّع «{ $text }» هنا.
err-unterminated-quote = هناك علامة تنصيص غير مغلقة.
err-unknown-flag = خيار غير معروف: `{ $flag }`.
err-flag-needs-value = الخيار `{ $flag }` يحتاج إلى قيمة.
err-flag-twice = الخيار `{ $flag }` مذكور مرتين.
err-bad-duration = «{ $value }» ليست مدة صالحة. استخدم مثلًا `90m` أو `2h` أو `7d` أو `1h30m`.
err-bad-date = «{ $value }» ليس تاريخًا صالحًا. استخدم صيغة السنة-الشهر-اليوم، مثل `2026-12-01`.
err-bad-time = «{ $value }» ليس وقتًا صالحًا. استخدم صيغة الساعات:الدقائق بنظام 24 ساعة، مثل `09:00`.
err-bad-id = «{ $value }» ليس رقمًا. استخدم مثلًا `3` أو `#3`.
err-bad-cron = التعبير `{ $value }` ليس جدول cron صالحًا: يلزم خمسة حقول هي الدقيقة والساعة واليوم والشهر ويوم الأسبوع، مثل `0 9 * * 1-5` (أو ستة يسبقها حقل الثواني بالقيمة 0، مثل `0 0 9 * * 1-5`).
err-bad-cron-field = التعبير `{ $value }` ليس جدول cron صالحًا: حقل { $field ->
    [minute] الدقيقة (0–59)
    [hour] الساعة (0–23)
    [day] يوم الشهر (1–31)
    [month] الشهر (1–12 أو jan–dec)
   *[weekday] يوم الأسبوع (0–7 أو sun–sat، و0 و7 يعنيان الأحد)
} غير صالح.
err-bad-repeat = لا أفهم التكرار «{ $value }». جرّب `every weekday at 09:00` أو `every 2 weeks on tuesday` أو `monthly on the first thursday`.
err-too-long = الحقل `{ $name }` طويل جدًا: عدد أحرفه { $len }، { $max ->
    [zero] ولا يُسمح بأي حرف.
    [one] والحد الأقصى المسموح به حرف واحد.
    [two] والحد الأقصى المسموح به حرفان.
    [few] والحد الأقصى المسموح به { $max } أحرف.
    [many] والحد الأقصى المسموح به { $max } حرفًا.
   *[other] والحد الأقصى المسموح به { $max } حرف.
}
err-empty-text = الحقل `{ $name }` فارغ.
err-control-chars = يحتوي الحقل `{ $name }` على أحرف غير مرئية أو أحرف تحكّم؛ يُرجى حذفها.
err-bad-choice = «{ $value }» ليست قيمة صالحة للحقل `{ $name }`. اختر واحدة مما يلي: { $allowed }.
err-unknown-zone = لا أعرف المنطقة الزمنية «{ $value }». استخدم اسمًا مثل `Europe/Zurich` أو مدينة مثل `Geneva`.
err-unknown-zone-suggest = لا أعرف المنطقة الزمنية «{ $value }». هل تقصد `{ $suggestion }`؟

## Refusals

err-forbidden = يتطلّب هذا الإجراء الدور `{ $role }`.
err-forbidden-in = يتطلّب هذا الإجراء الدور `{ $role }` في `{ $body }`.
err-not-found = لم يُعثر على { $kind ->
    [application] الطلب
    [question] السؤال
    [reminder] التذكير
    [meeting] الاجتماع
    [when] استطلاع المواعيد
    [body] الهيئة
    [send] الإرسال
    [poll] التصويت
    [agenda-poll] استطلاع جدول الأعمال
     [election] الانتخابات
   *[other] العنصر
} `{ $id }`.
err-no-body-here = هذه الغرفة غير مرتبطة بأي هيئة بعد. يمكن للموظفين ربطها باستخدام `!body link SHORT`.
err-past-time = الموعد { $time } ({ $zone }) قد مضى بالفعل.
err-time-in-gap = الوقت { $time } غير موجود في { $zone }، إذ تُقدَّم الساعة فتُتخطّى هذه الساعة. اختر وقتًا خارج فترة تغيير التوقيت.
err-never-fires = هذا الجدول لا يُنفَّذ أبدًا.

## Help

help-intro = **أوامر Quorum.** اكتب `!help COMMAND` لعرض التفاصيل والأمثلة.
help-needs-role = يتطلّب الدور `{ $role }`.
help-examples = أمثلة:
category-general = **عام**
category-settings = **إعداداتك**
category-bodies = **الهيئات والأدوار**
category-reminders = **التذكيرات**
category-audit = **التدقيق**

cmd-help-summary = عرض الأوامر، أو تفاصيل أمر واحد منها.
cmd-help-help = من دون أمر، يعرض كل ما يستطيع Quorum فعله. ومع أمر، يبيّن طريقة كتابته ومن يحق له استخدامه، مع أمثلة.
cmd-tz-summary = عرض منطقتك الزمنية أو تعيينها.
cmd-tz-help = جميع الأوقات التي يعرضها لك Quorum تكون بحسب منطقتك الزمنية. أدخل اسمًا من قاعدة IANA مثل `Europe/Zurich` أو مدينة مثل `Geneva` أو `New York`.
cmd-lang-summary = عرض لغتك أو تعيينها.
cmd-lang-help = يتحدّث Quorum العربية (ar) والإنجليزية (en) والإسبانية (es) والفرنسية (fr) والروسية (ru) والصينية (zh). هذا الاختيار يخصّك وحدك.
cmd-whoami-summary = عرض ما يعرفه Quorum عنك.
cmd-whoami-help = يعرض رقم عضويتك وحساباتك المرتبطة ومنطقتك الزمنية ولغتك وأدوارك. يُرسَل الرد إليك في رسالة خاصة.
cmd-body-create-summary = إنشاء هيئة (دائرة، لجنة، مجموعة).
cmd-body-create-help = يمنح الهيئة اسمًا كاملًا واسمًا مختصرًا يُستخدم في الأوامر. لا يستطيع إنشاء الهيئات إلا المسؤولون.
cmd-body-link-summary = ربط هذه الغرفة بهيئة.
cmd-body-link-help = تسري الأوامر المكتوبة في غرفة مرتبطة على تلك الهيئة، وتُطبَّق فيها أدوار أعضائها.
cmd-role-grant-summary = منح شخص دورًا في هيئة.
cmd-role-grant-help = الأدوار من الأعلى صلاحية إلى الأدنى: admin ثم staff ثم exec ثم member ثم applicant ثم guest. يستطيع staff منح الأدوار حتى exec، ولا يمنح دور staff أو admin إلا admin. إذا لم تُحدَّد هيئة، تُستخدم هيئة الغرفة.
cmd-role-revoke-summary = سحب دور من شخص.
cmd-role-revoke-help = تسري القواعد نفسها المتّبعة في المنح.
cmd-remind-summary = ضبط تذكير لنفسك أو لشخص آخر أو لهذه الغرفة.
cmd-remind-help = الخيار `me` يذكّرك في رسالة خاصة، و`@user` يذكّر ذلك الشخص في رسالة خاصة، و`here` ينشر التذكير في هذه الغرفة. حدّد مهلة (`in 2h`)، أو موعدًا (`at 2026-12-01 09:00 Europe/Zurich`)، أو تكرارًا (`every weekday at 09:00 Geneva`)، أو جدول cron (`--cron "0 9 * * 1-5"`، حيث الاثنين = 1)؛ والمنطقة الزمنية بعد الوقت تحدّد الساعة التي يُحسب بها (وإن لم تحدّد منطقة تُستخدم منطقتك). تتبع التكرارات التوقيت المحلي عند الانتقال إلى التوقيت الصيفي والعودة منه.
cmd-reminders-summary = عرض التذكيرات التي يمكنك رؤيتها.
cmd-reminders-help = يعرض تذكيراتك، والتذكيرات المضبوطة لك، وتذكيرات هذه الغرفة، مع أرقامها.
cmd-reminder-cancel-summary = إلغاء تذكير.
cmd-reminder-cancel-help = يمكنك إلغاء تذكيراتك والتذكيرات المضبوطة لك، ويمكن للموظفين إلغاء تذكيرات هذه الغرفة.
cmd-audit-verify-summary = التحقّق من أن سجل التدقيق لم يُعدَّل.
cmd-audit-verify-help = يعيد حساب سلسلة التجزئة لكل إجراء مسجَّل قام به الموظفون، ويُبلغ عن أول سطر عُدِّل أو حُذف.

## Settings

tz-current = منطقتك الزمنية هي `{ $zone }`، والساعة هناك الآن { $local }.
tz-set = أصبحت منطقتك الزمنية `{ $zone }`، والساعة هناك الآن { $local }.
lang-current = لغتك هي `{ $lang }`. اللغات المتاحة: { $choices }.
lang-set = من الآن فصاعدًا سأجيبك باللغة العربية.
whoami-title = ما يعرفه Quorum عن { $who }:
whoami-member = رقم العضوية { $id }
whoami-zone = المنطقة الزمنية: `{ $zone }`
whoami-lang = اللغة: `{ $lang }`
whoami-admin = مسؤول Quorum
whoami-no-roles = لا أدوار في أي هيئة بعد
whoami-role = الدور `{ $role }` في `{ $body }`

## Bodies and roles

body-exists = توجد بالفعل هيئة بالاسم المختصر `{ $short }`.
body-created = أُنشئت الهيئة **{ $name }** (`{ $short }`). اربط بها غرفة باستخدام `!body link { $short }`.
body-link-direct = لا يمكن ربط محادثة خاصة بهيئة.
body-linked = أصبحت هذه الغرفة مرتبطة بالهيئة **{ $name }** (`{ $short }`).
role-granted = أصبح لدى { $user } الدور `{ $role }` في `{ $body }`.
role-already = لدى { $user } الدور `{ $role }` في `{ $body }` بالفعل.
role-revoked = لم يعد لدى { $user } الدور `{ $role }` في `{ $body }`.
role-not-held = ليس لدى { $user } الدور `{ $role }` في `{ $body }`.
body-link-already = هذه الغرفة مرتبطة بالفعل بالهيئة **{ $name }** (`{ $short }`).
body-link-taken = هذه الغرفة مرتبطة بالهيئة **{ $name }** (`{ $short }`)؛ ولا يربطها بهيئة أخرى إلا موظفو `{ $short }`.
body-relinked = أصبحت هذه الغرفة مرتبطة بالهيئة **{ $name }** (`{ $short }`)، ولم تعد مرتبطة بالهيئة **{ $previous_name }** (`{ $previous_short }`).
body-reminder-interval = في غرف الهيئة **{ $name }** (`{ $short }`)، لا تُنشر تذكيرات العضو أكثر من مرة كل `{ $interval }`.
body-reminder-interval-default = في غرف الهيئة **{ $name }** (`{ $short }`)، لا تُنشر تذكيرات العضو أكثر من مرة كل `{ $interval }` (القيمة الافتراضية).
body-reminder-interval-set = من الآن فصاعدًا، لا تُنشر تذكيرات العضو في غرف الهيئة **{ $name }** (`{ $short }`) أكثر من مرة كل `{ $interval }`.
cmd-body-reminder-interval-summary = عرض أو تحديد أقصى وتيرة لنشر تذكيرات العضو في غرف الهيئة.
cmd-body-reminder-interval-help = لا يستطيع العضو أن يجعل Quorum ينشر في غرفة من غرف الهيئة أكثر من ذلك، مع احتساب كل تذكيراته في تلك الغرفة (الافتراضي `15m`، من `1m` إلى `7d`)؛ أما الموظفون والمسؤولون فيستطيعون. يمكن لأي شخص الاطلاع على الفاصل الزمني، ويحدّده موظفو الهيئة.
param-interval = أقصر مدة بين منشورين، مثل 15m أو 1h

## Audit

audit-ok = سجل التدقيق سليم: { $count ->
    [zero] لم يُتحقَّق من أي قيد
    [one] تم التحقّق من قيد واحد
    [two] تم التحقّق من قيدين
    [few] تم التحقّق من { $count } قيود
    [many] تم التحقّق من { $count } قيدًا
   *[other] تم التحقّق من { $count } قيد
}.
audit-broken = عُدِّل سجل التدقيق: تنقطع السلسلة عند القيد { $seq } (من أصل { $count }).

## Reminders

reminder-set = ضُبط التذكير #{ $id } على { $time }: { $text }
reminder-set-repeat = ضُبط التذكير #{ $id } ({ $repeat })، وأول موعد له { $time }: { $text }
reminders-none = ليست لديك تذكيرات هنا.
reminders-title = { $count ->
    [zero] لا توجد تذكيرات:
    [one] تذكير واحد:
    [two] تذكيران:
    [few] { $count } تذكيرات:
    [many] { $count } تذكيرًا:
   *[other] { $count } تذكير:
}
reminder-line = #{ $id } · { $time } · { $target ->
    [me] لك
    [here] لهذه الغرفة
    [room] للغرفة «{ $room }»
   *[user] لـ { $who }
} · { $text }
reminder-line-repeat = #{ $id } · الموعد التالي { $time } ({ $repeat }) · { $target ->
    [me] لك
    [here] لهذه الغرفة
    [room] للغرفة «{ $room }»
   *[user] لـ { $who }
} · { $text }
reminder-cancelled = أُلغي التذكير #{ $id }.
reminder-fire = ⏰ تذكير: { $text }
reminder-fire-from = ⏰ تذكير من { $from }: { $text }
reminder-missed = ⏰ تذكير فائت (كان موعده { $due } بينما كان Quorum غير متصل): { $text }
err-reminder-too-often = في غرف `{ $body }`، لا تُنشر تذكيرات العضو أكثر من مرة كل `{ $interval }`؛ وهذا التذكير سيُنشر مرتين لا يفصل بينهما سوى `{ $gap }`.
err-reminder-too-close = في غرف `{ $body }`، لا تُنشر تذكيرات العضو أكثر من مرة كل `{ $interval }`؛ وهذا التذكير سيُنشر في { $time }، ولا يفصله عن تذكيرك #{ $id } سوى `{ $gap }`.
err-unknown-person = لا أعرف `{ $who }`: لم يراسل أحد بهذا الاسم Quorum ولم يُمنح أي دور.
err-unknown-person-suggest = لا أعرف `{ $who }`: لم يراسل أحد بهذا الاسم Quorum ولم يُمنح أي دور. هل تقصد { $suggestion }؟

## Descriptions of command options (Discord shows them beside each option)
param-target = لمن أو أين: me أو ‎@شخص أو here
param-when = متى: in 2h أو at 2026-12-01 09:00 Europe/Zurich أو every weekday at 09:00
param-change = add (إضافة) أو remove (حذف)
param-code = رمز الربط لمرة واحدة، مثل 7K2Q-…
param-number = الرقم في القائمة
param-platform = المنصة: console أو matrix أو discord
param-text = النص
param-id = الرقم، مثل ‎#3
param-zone = منطقة زمنية أو مدينة، مثل Europe/Zurich أو جنيف
param-language = لغة: en أو fr أو es أو ru أو zh أو ar
param-name = الاسم الكامل
param-short = اسم مختصر، مثل BC
param-body = الاسم المختصر للهيئة
param-command = أمر، لعرض تفاصيله
param-user = العضو
param-role = الدور
param-cron = جدول cron بين علامتي تنصيص، مثل "0 9 * * 1-5"

## Meetings
category-meetings = **الاجتماعات**
cmd-meeting-schedule-summary = جدولة اجتماع أو سلسلة اجتماعات بحسب المنطقة الزمنية للاجتماع.
cmd-meeting-schedule-help = التاريخ والوقت بحسب ساعة المنطقة المحدَّدة (اسم IANA أو مدينة)؛ ثم يرى كل شخص الوقت في منطقته. تحافظ السلسلة على وقتها المحلي عند تغيير التوقيت الصيفي. تُرسَل التذكيرات إلى كل غرف الهيئة قبل كل اجتماع (افتراضيًا قبل 1h؛ و`--remind none` لإلغائها). تنعقد السلسلة في وقت الاجتماع، ابتداءً من أول يوم يحدده تكرارها في التاريخ المذكور أو بعده.
cmd-meeting-list-summary = عرض الاجتماعات القادمة لهيئة هذه الغرفة.
cmd-meeting-list-help = يعرض الموعد القادم لكل اجتماع وسلسلة للهيئة التي تمثّلها هذه الغرفة (أو لهذه الغرفة إن لم تكن لها هيئة)، الأقرب أولًا.
cmd-meeting-show-summary = عرض اجتماع: متى، وكم يدوم، وأين، والوقت في مناطق الأعضاء.
cmd-meeting-show-help = يعرض الموعد القادم والمدة والتكرار والرابط والاتصال الهاتفي، والوقت المحلي في كل منطقة اختارها أعضاء الهيئة.
cmd-meeting-cancel-summary = إلغاء اجتماع أو سلسلة كاملة.
cmd-meeting-cancel-help = يمكن لمن جدول الاجتماع ولموظفي هيئته إلغاؤه؛ وتتوقف تذكيراته. ومع تاريخ، يُلغى موعد ذلك اليوم وحده من السلسلة. لا يمكن التراجع عن إلغاء سلسلة كاملة: يذكر الرد ما سيضيع، ويتم الإلغاء مع `--yes`.
meeting-scheduled = جُدول الاجتماع #{ $id } «{ $title }» في { $time }.
meeting-scheduled-repeat = جُدولت سلسلة الاجتماعات #{ $id } «{ $title }» ({ $repeat })، وأولها في { $time }.
meeting-ambiguous = يتكرر الوقت { $local } مرتين في { $zone } تلك الليلة (تُرجَع الساعة)؛ ويُعتمد أولهما للاجتماع.
meetings-none = لا توجد اجتماعات قادمة هنا.
meetings-title = { $count ->
    [zero] لا توجد اجتماعات قادمة:
    [one] اجتماع قادم واحد:
    [two] اجتماعان قادمان:
    [few] { $count } اجتماعات قادمة:
    [many] { $count } اجتماعًا قادمًا:
   *[other] { $count } اجتماع قادم:
}
meeting-line = #{ $id } · { $time } · { $title }
meeting-line-repeat = #{ $id } · القادم { $time } ({ $repeat }) · { $title }
meeting-show-title = الاجتماع #{ $id }: { $title }
meeting-show-when = القادم: { $time }، لمدة { $duration }
meeting-show-repeat = التكرار: { $repeat }
meeting-show-link = الرابط: { $link }
meeting-show-dial = الاتصال الهاتفي: { $dial }
meeting-show-zones = في مناطق الأعضاء:
meeting-show-zone = { $zone }: { $local }
meeting-over = لم تعد للاجتماع #{ $id } مواعيد قادمة.
meeting-cancelled = أُلغي الاجتماع #{ $id } «{ $title }».
meeting-reminder = 📅 يبدأ «{ $title }» في { $time }.
meeting-reminder-link = 📅 يبدأ «{ $title }» في { $time }: { $link }
err-meeting-not-yours = لا يمكن تعديل الاجتماع #{ $id } إلا لمن جدوله أو لموظفي هيئته.
err-meeting-answer-in-room = الاجتماع #{ $id } تابع للغرفة { $room }: قم بذلك هناك.
param-title = العنوان
param-date = التاريخ، مثل 2026-12-03
param-time = الوقت، مثل 14:00
param-duration = المدة، مثل 90m أو 1h30m
param-repeat = طريقة التكرار، مثل "every tuesday" أو "every weekday"
param-remind = متى يُرسل التذكير، مثل 24h,1h (أو none)
param-link = رابط الانضمام
param-dial = طريقة الاتصال الهاتفي
cmd-meeting-rsvp-summary = أخبر إن كنت ستحضر اجتماعًا.
cmd-meeting-rsvp-help = أجب بـ yes أو no أو maybe عن موعد واحد: الجاري أو التالي، أو مع `--date` موعد ذلك اليوم؛ وتحلّ الإجابة الجديدة محل السابقة. يجيب أعضاء هيئة الاجتماع (كل من له دور فيها). ويعدّ `!meeting show` إجابات الموعد الذي يعرضه.
meeting-rsvp-set = إجابتك عن الاجتماع #{ $id } «{ $title }» في { $time }: { $answer ->
    [yes] نعم، ستحضر
    [no] لا، لن تتمكن من الحضور
   *[maybe] ربما
}.
meeting-show-rsvps = الإجابات: نعم { $yes } · ربما { $maybe } · لا { $no }
rsvp-yes = سأحضر
rsvp-no = لا أستطيع الحضور
rsvp-maybe = ربما
param-answer = إجابتك: yes أو no أو maybe
meeting-occurrence-cancelled = أُلغي موعد { $time } من الاجتماع #{ $id } «{ $title }»؛ وتستمر السلسلة.
err-meeting-no-occurrence = ليس للاجتماع #{ $id } موعد قادم في { $date }.
cmd-meeting-move-summary = نقل موعد واحد من اجتماع إلى تاريخ ووقت آخرين.
cmd-meeting-move-help = اذكر تاريخ الموعد المراد نقله، ثم تاريخه ووقته الجديدين بحسب ساعة منطقة الاجتماع. يبقى باقي السلسلة كما هو، وتتبع التذكيرات الوقت الجديد. لا يمكن نقل موعد إلى يوم تنعقد فيه السلسلة أصلًا، ولا أن يتداخل مع موعد آخر.
meeting-moved = نُقل الاجتماع #{ $id } «{ $title }» من { $from } إلى { $to }.
param-to_date = التاريخ الجديد، مثل 2026-12-09
param-to_time = الوقت الجديد، مثل 15:00
meeting-reminders-passed = { $count ->
    [one] فات موعد التذكير `{ $offsets }` قبل الاجتماع ولن يُرسل.
    [two] فات موعد التذكيرين `{ $offsets }` قبل الاجتماع ولن يُرسلا.
   *[other] فات موعد التذكيرات `{ $offsets }` قبل الاجتماع ولن تُرسل.
}
meeting-reminders-passed-series = { $count ->
    [one] فات موعد التذكير `{ $offsets }` قبل الاجتماع الأول؛ وسيُرسل قبل الاجتماعات التالية.
    [two] فات موعد التذكيرين `{ $offsets }` قبل الاجتماع الأول؛ وسيُرسلان قبل الاجتماعات التالية.
   *[other] فات موعد التذكيرات `{ $offsets }` قبل الاجتماع الأول؛ وستُرسل قبل الاجتماعات التالية.
}

## Editing meetings

cmd-meeting-edit-summary = تعديل اجتماع أو سلسلة كاملة: العنوان والوقت والمنطقة والتكرار والتذكيرات والرابط.
cmd-meeting-edit-help = اذكر ما يتغير فقط. في السلسلة يسري الوقت أو المنطقة الجديدة من الموعد التالي، وتُعاد المواعيد الملغاة أو المنقولة واحدًا واحدًا. `--once` يوقف التكرار؛ و`--link none` و`--dial none` يحذفانهما. يمكن لمن حدد الاجتماع ولموظفي هيئته تعديله. يحتفظ الموعد الجاري بوقته؛ والتكرار الذي يذكر وقتًا يجب أن يذكر وقت الاجتماع. وإعادة المواعيد الملغاة أو المنقولة واحدًا واحدًا تتطلب `--yes`: يسردها الرد أولًا.
param-once = إيقاف التكرار: اجتماع واحد
meeting-edited = عُدّل الاجتماع #{ $id } «{ $title }»؛ الموعد التالي { $time }.
meeting-edited-over = عُدّل الاجتماع #{ $id } «{ $title }»؛ لم تعد له مواعيد.
meeting-edited-exceptions = المواعيد التي أُلغيت أو نُقلت واحدًا واحدًا تتبع الجدول الجديد مرة أخرى.
err-meeting-repeat-time = الاجتماع في الساعة `{ $time }`، لكن التكرار `{ $repeat }` يكون في الساعة `{ $other }`: تنعقد السلسلة في وقت واحد من اليوم، هو وقت الاجتماع. احذف الوقت من التكرار أو اذكر الوقت نفسه.
meeting-starts-later = ليس { $date } من أيام السلسلة ({ $repeat }): تبدأ بأول يوم منها بعده، { $time }.
err-meeting-rsvp-not-member = لا يجيب عن الاجتماع #{ $id } إلا أعضاء `{ $body }`، وليس لك دور في `{ $body }`. يمكن لموظفيها منحك دورًا عبر `!role grant`.
err-meeting-clash = للاجتماع #{ $id } موعد في { $time } بالفعل: تنعقد السلسلة مرة واحدة في اليوم على الأكثر، ولا تتداخل مواعيدها. انقل ذلك الموعد أو ألغه أولًا، أو اختر يومًا آخر.
err-meeting-under-way = الاجتماع #{ $id } جارٍ حتى { $time }: لم يعد تغيير وقته ممكنًا.
err-meeting-once-under-way = الاجتماع #{ $id } جارٍ حتى { $time }: يمكن أن يصبح اجتماعًا واحدًا بعد انتهاء هذا الموعد.
err-meeting-edit-under-way-clash = يحتفظ موعد الاجتماع #{ $id } الجاري منذ { $time } بوقته، والجدول الجديد سيعقد اجتماعًا آخر في { $other }، في اليوم نفسه أو متداخلًا معه. اذكر `--date` لاحقًا.
meeting-edited-under-way = يحتفظ الموعد الجاري منذ { $time } بوقته؛ ويسري التغيير من الموعد التالي.
meeting-edit-confirm = { $count ->
    [zero] تغيير موعد السلسلة #{ $id } «{ $title }» لا يعيد أي موعد؛ لم يتغير شيء بعد:
    [one] تغيير موعد السلسلة #{ $id } «{ $title }» يعيد الموعد الذي غُيّر وحده؛ لم يتغير شيء بعد:
    [two] تغيير موعد السلسلة #{ $id } «{ $title }» يعيد الموعدين اللذين غُيّرا واحدًا واحدًا؛ لم يتغير شيء بعد:
    [few] تغيير موعد السلسلة #{ $id } «{ $title }» يعيد { $count } مواعيد غُيّرت واحدًا واحدًا؛ لم يتغير شيء بعد:
    [many] تغيير موعد السلسلة #{ $id } «{ $title }» يعيد { $count } موعدًا غُيّر واحدًا واحدًا؛ لم يتغير شيء بعد:
   *[other] تغيير موعد السلسلة #{ $id } «{ $title }» يعيد { $count } موعد غُيّر واحدًا واحدًا؛ لم يتغير شيء بعد:
}
meeting-edit-confirm-cancelled = { $time }: ملغى؛ سيُعقد من جديد
meeting-edit-confirm-moved = { $from }، نُقل إلى { $to }: سيتبع السلسلة من جديد
meeting-confirm-edit = عدّل السلسلة على أي حال
meeting-cancel-confirm = إلغاء السلسلة #{ $id } «{ $title }» ({ $repeat }) ينهي كل مواعيدها ابتداءً من { $time }، مع تذكيراتها وجداول أعمالها وإجاباتها، ولا يمكن التراجع عنه. لم يُلغَ شيء بعد.
meeting-confirm-cancel = ألغِ السلسلة كلها
meeting-already-cancelled = الاجتماع #{ $id } «{ $title }» ملغى بالفعل.
meeting-occurrence-already-cancelled = موعد { $time } من الاجتماع #{ $id } «{ $title }» ملغى بالفعل.
param-yes = تأكيد ما لا يمكن التراجع عنه
err-meeting-edit-nothing = اذكر ما يجب تغييره في الاجتماع #{ $id }، مثل `--time 15:00` أو `--title "عنوان جديد"`.

## Meeting reminders by direct message

cmd-meeting-dm-summary = تلقي تذكيرات اجتماع (أو كل اجتماعات الهيئة) برسالة مباشرة.
cmd-meeting-dm-help = `on` يرسل إليك كل تذكير أيضًا بشكل خاص، بلغتك ومنطقتك الزمنية، على المنصة التي طلبت منها؛ و`all` يشمل كل اجتماعات هيئة هذه الغرفة، بما فيها اللاحقة. `off` يوقف ذلك.
param-meeting = رقم الاجتماع مثل #3، أو all
param-switch = on أو off
meeting-dm-on-meeting = ستتلقى تذكيرات الاجتماع #{ $id } «{ $title }» برسالة مباشرة.
meeting-dm-on-body = ستتلقى تذكيرات كل اجتماعات `{ $body }` برسالة مباشرة.
meeting-dm-off-meeting = لن تتلقى بعد الآن تذكيرات الاجتماع #{ $id } «{ $title }» برسالة مباشرة.
meeting-dm-off-body = لن تتلقى بعد الآن تذكيرات اجتماعات `{ $body }` برسالة مباشرة.
meeting-dm-was-off-meeting = لم تكن تتلقى تذكيرات الاجتماع #{ $id } «{ $title }» برسالة مباشرة.
meeting-dm-was-off-body = لم تكن تتلقى تذكيرات اجتماعات `{ $body }` برسالة مباشرة.
err-meeting-dm-no-body = هذه الغرفة لا تعمل لأي هيئة؛ اذكر رقم اجتماع بدلًا من `all`.

## Calendar export
err-cron-seconds = `{ $value }`: عند استخدام ستة حقول في cron يكون الحقل الأول للثواني، ويجب أن تكون قيمته 0؛ فـ Quorum يجدول بدقة الدقيقة.
cmd-meeting-ics-summary = اجتماع، أو كل اجتماعات هذه الهيئة، في ملف تقويم (.ics).
cmd-meeting-ics-help = مع رقم: ذلك الاجتماع (والسلسلة مع قاعدة تكرارها ومواعيدها الملغاة أو المنقولة منفردة) في ملف iCalendar لاستيراده في تطبيق تقويم؛ ودون رقم: كل اجتماعات هيئة هذه الغرفة في ملف واحد. يُرسل الملف إليك على انفراد.
meeting-ics = الاجتماع رقم { $id } «{ $title }» في ملف تقويم:
meeting-ics-feed = { $count ->
    [zero] لا اجتماعات
    [one] اجتماع واحد
    [two] اجتماعان
    [few] { $count } اجتماعات
    [many] { $count } اجتماعًا
   *[other] { $count } اجتماع
} في ملف تقويم واحد:

## Calendar feeds

cmd-meeting-feed-summary = الحصول على عنوان تقويم هذه الهيئة للاشتراك فيه من تطبيق تقويم.
cmd-meeting-feed-help = تطبيقات التقويم (الهواتف وOutlook وThunderbird وتقويم Google) المشتركة في العنوان تعرض كل اجتماعات الهيئة وتتابع تغييراتها. يحتوي العنوان على سر: احتفظ به لنفسك. يمكن للموظفين استبداله بـ`--reset`؛ فيتوقف العنوان القديم عن العمل.
param-reset = استبدال العنوان السري (الموظفون)
meeting-feed = تقويم `{ $body }`: { $url } — اشترك فيه من تطبيق التقويم لديك. احتفظ بالعنوان لنفسك: من يملكه يستطيع قراءة الاجتماعات.
meeting-feed-reset = لتقويم `{ $body }` عنوان جديد: { $url } — العنوان القديم لم يعد يعمل؛ تحتاج الاشتراكات إلى الجديد.
err-meeting-feed-off = لا يقدّم Quorum هذا تقاويم للاشتراك (إعدادات `[calendar]` غير موجودة)؛ `!meeting ics` يعطي الاجتماعات في ملف.

## Agenda
cmd-agenda-add-summary = إضافة بند إلى جدول أعمال الموعد القادم لاجتماع.
cmd-agenda-add-help = يمكن لكل من يرى الاجتماع أن يضيف بندًا لا يتجاوز 300 حرف؛ ويتسع جدول أعمال الموعد الواحد لخمسين بندًا على الأكثر. يُضاف البند إلى الموعد الجاري أو القادم، أو مع `--date` إلى موعد ذلك اليوم: لكل موعد من السلسلة جدول أعماله الخاص. ويذكر الرد رقم البند.
cmd-agenda-show-summary = عرض جدول الأعمال المرقّم للموعد القادم لاجتماع.
cmd-agenda-show-help = يسرد بنود الموعد الجاري أو القادم (ومع `--date` بنود موعد ذلك اليوم) ومن أضاف كل بند. وتسردها أيضًا تذكيرات الاجتماع و`!meeting show`.
cmd-agenda-order-summary = ترتيب بنود جدول الأعمال من جديد.
cmd-agenda-order-help = اذكر رقم كل بند مرة واحدة بالترتيب الجديد، مفصولة بفواصل أو مسافات: `3,1,2` يجعل البند 3 أولًا. يمكن لمن جدول الاجتماع ولموظفي هيئته إعادة ترتيب جدول أعماله.
cmd-agenda-remove-summary = حذف بند من جدول الأعمال.
cmd-agenda-remove-help = يمكن لمن أضاف البند ولمن جدول الاجتماع ولموظفي هيئته حذفه؛ وتتقدم البنود التالية رقمًا واحدًا.
param-order = أرقام البنود بترتيبها الجديد، مثل 3,1,2
param-item = رقم البند، مثل 2
param-propose = مدة تقديم الاقتراحات، مثل 3d
param-rank = مدة ترتيب الاقتراحات، مثل 2d
param-top = عدد البنود المرتّبة التي تدخل جدول الأعمال، من 1 إلى 20
agenda-added = أُضيف البند { $number } إلى جدول أعمال الاجتماع #{ $id } «{ $title }» في { $time }: { $text }
agenda-title = { $count ->
    [zero] جدول أعمال الاجتماع #{ $id } «{ $title }» في { $time }، بلا بنود:
    [one] جدول أعمال الاجتماع #{ $id } «{ $title }» في { $time }، بند واحد:
    [two] جدول أعمال الاجتماع #{ $id } «{ $title }» في { $time }، بندان:
    [few] جدول أعمال الاجتماع #{ $id } «{ $title }» في { $time }، { $count } بنود:
    [many] جدول أعمال الاجتماع #{ $id } «{ $title }» في { $time }، { $count } بندًا:
   *[other] جدول أعمال الاجتماع #{ $id } «{ $title }» في { $time }، { $count } بند:
}
agenda-empty = ليس للاجتماع #{ $id } «{ $title }» في { $time } جدول أعمال بعد. أضف بندًا بالأمر `!agenda add #{ $id } "النص"`.
agenda-item = { $number }. { $text } — { $author }
agenda-ordered = الترتيب الجديد لجدول أعمال الاجتماع #{ $id } «{ $title }» في { $time }:
agenda-removed = حُذف البند { $number } «{ $text }» من جدول أعمال الاجتماع #{ $id } «{ $title }» في { $time }.
meeting-show-agenda = { $count ->
    [zero] جدول الأعمال، بلا بنود:
    [one] جدول الأعمال، بند واحد:
    [two] جدول الأعمال، بندان:
    [few] جدول الأعمال، { $count } بنود:
    [many] جدول الأعمال، { $count } بندًا:
   *[other] جدول الأعمال، { $count } بند:
}
err-agenda-full = في جدول أعمال الاجتماع #{ $id } «{ $title }» في { $time } { $max } بندًا بالفعل، وهو الحد الأقصى. احذف بندًا قبل إضافة آخر.
err-agenda-bad-order = يجب أن يذكر الترتيب الجديد كل بند مرة واحدة بالضبط: { $count ->
    [one] ليس في جدول الأعمال إلا البند 1.
   *[other] الأرقام من 1 إلى { $count }، مفصولة بفواصل أو مسافات.
}
err-agenda-no-item = ليس في جدول أعمال الاجتماع #{ $id } «{ $title }» في { $time } بند رقمه { $number }؛ { $count ->
    [one] ليس فيه إلا البند 1.
   *[other] بنوده مرقّمة من 1 إلى { $count }.
}
err-agenda-not-member = لا يضيف بنودًا إلى جدول أعمال الاجتماع #{ $id } إلا أعضاء `{ $body }`، وليس لك دور في `{ $body }`. يمكن لموظفيها منحك دورًا عبر `!role grant`.
err-agenda-not-yours = لا يمكن حذف البند { $number } إلا لمن أضافه أو لمن جدول الاجتماع #{ $id } أو لموظفي هيئته.
cmd-agenda-poll-summary = دعوة الأعضاء إلى اقتراح بنود لجدول أعمال اجتماع، ثم ترتيبها.
cmd-agenda-poll-help = للموعد القادم من اجتماع هيئة، أو مع `--date` لموعد ذلك اليوم: يقترح أعضاء الهيئة ذوو العضوية السارية بنودًا بالأمر `!agenda propose` خلال `--propose`، ثم يرتّبونها في تصويت ترتيبي خلال `--rank`. وتدخل جدول أعمال الموعد البنود الأولى بعدد `--top` (خمسة ما لم يُحدَّد) بترتيب فرز الجولة الفورية، وعند التساوي يتقدّم الأسبق اقتراحًا، بعد البنود الموجودة فيه. ويجب أن تنتهي المدّتان قبل بدء الاجتماع، ولا يكون للموعد إلا استطلاع واحد لجدول الأعمال في كل مرة. ويمكن لمن جدول الاجتماع ولموظفي هيئته فتحه.
cmd-agenda-propose-summary = اقتراح بند في استطلاع جدول الأعمال.
cmd-agenda-propose-help = ما دام استطلاع جدول الأعمال يتلقّى الاقتراحات، يمكن لكل عضو ذي عضوية سارية في هيئته أن يقترح بنودًا لا يتجاوز كل منها 100 حرف، وعشرين بندًا في المجموع؛ ويُرفض البند نفسه مرتين. وتصبح الاقتراحات خيارات التصويت الترتيبي بترتيب تقديمها. ID هو رقم استطلاع جدول الأعمال.
cmd-agenda-proposals-summary = عرض اقتراحات استطلاع جدول الأعمال.
cmd-agenda-proposals-help = يعرض الاقتراحات المقدّمة حتى الآن في استطلاع جدول الأعمال، ومقدّم كل منها، والمرحلة التي بلغها: يتلقّى الاقتراحات، أو تُرتَّب في تصويت، أو انتهى. ID هو رقم استطلاع جدول الأعمال.
agenda-poll-opened = فُتح استطلاع جدول الأعمال #{ $poll } للاجتماع #{ $id } «{ $title }» في { $time }.
agenda-poll-how = يقترح أعضاء `{ $body }` البنود بالأمر `!agenda propose #{ $poll } "النص"` حتى { $propose }؛ ثم يرتّبونها حتى { $rank }، { $top ->
    [zero] ولا يدخل جدول الأعمال أي بند.
    [one] ويدخل البند الأول جدول الأعمال.
    [two] ويدخل البندان الأولان جدول الأعمال.
    [few] وتدخل البنود الـ{ $top } الأولى جدول الأعمال.
    [many] وتدخل البنود الـ{ $top } الأولى جدول الأعمال.
   *[other] وتدخل البنود الـ{ $top } الأولى جدول الأعمال.
}
agenda-proposed = الاقتراح { $number } في استطلاع جدول الأعمال #{ $poll } للاجتماع #{ $id } «{ $title }»: { $text }
agenda-proposals-title = استطلاع جدول الأعمال #{ $poll } للاجتماع #{ $id } «{ $title }» في { $time }، { $count ->
    [zero] بلا اقتراحات بعد
    [one] اقتراح واحد
    [two] اقتراحان
    [few] { $count } اقتراحات
    [many] { $count } اقتراحًا
   *[other] { $count } اقتراح
}. { $state }
agenda-poll-state-proposing = تُقبل الاقتراحات حتى { $at }.
agenda-poll-state-ranking = يرتّبها الأعضاء في التصويت #{ $vote } حتى { $at }.
agenda-poll-state-done = انتهى الاستطلاع.
agenda-poll-no-proposals = انتهى استطلاع جدول الأعمال #{ $poll } للاجتماع #{ $id } «{ $title }» في { $time }: لم يقترح أحد أي بند.
agenda-poll-one-proposal = لم يتلقَّ استطلاع جدول الأعمال #{ $poll } للاجتماع #{ $id } «{ $title }» في { $time } إلا اقتراحًا واحدًا: يدخل جدول الأعمال دون ترتيب.
agenda-poll-ranking = أُغلق باب الاقتراحات للاجتماع #{ $id } «{ $title }» في { $time } (استطلاع جدول الأعمال #{ $poll }): { $count ->
    [zero] لا اقتراحات
    [one] اقتراح واحد
    [two] اقتراحان
    [few] { $count } اقتراحات
    [many] { $count } اقتراحًا
   *[other] { $count } اقتراح
}. رتّبوها في التصويت #{ $vote }؛ { $top ->
    [zero] ولا يدخل جدول الأعمال أي اقتراح.
    [one] ويدخل الاقتراح الأول جدول الأعمال.
    [two] ويدخل الاقتراحان الأولان جدول الأعمال.
    [few] وتدخل الاقتراحات الـ{ $top } الأولى جدول الأعمال.
    [many] وتدخل الاقتراحات الـ{ $top } الأولى جدول الأعمال.
   *[other] وتدخل الاقتراحات الـ{ $top } الأولى جدول الأعمال.
}
agenda-poll-done = رتّب التصويت #{ $vote } اقتراحات استطلاع جدول الأعمال #{ $poll }: { $count ->
    [zero] لا يدخل أي بند
    [one] يدخل بند واحد
    [two] يدخل بندان
    [few] تدخل { $count } بنود
    [many] يدخل { $count } بندًا
   *[other] يدخل { $count } بند
} جدول أعمال الاجتماع #{ $id } «{ $title }» في { $time }.
agenda-poll-left-out = { $count ->
    [zero] لم يبقَ اقتراح خارج جدول الأعمال
    [one] لم يتّسع جدول الأعمال لاقتراح آخر
    [two] لم يتّسع جدول الأعمال لاقتراحين آخرين
    [few] لم يتّسع جدول الأعمال لـ{ $count } اقتراحات أخرى
    [many] لم يتّسع جدول الأعمال لـ{ $count } اقتراحًا آخر
   *[other] لم يتّسع جدول الأعمال لـ{ $count } اقتراح آخر
}: لا يتسع جدول الأعمال لأكثر من { $max } بندًا.
err-agenda-poll-no-body = لا ينتمي الاجتماع #{ $id } إلى أي هيئة: استطلاع جدول الأعمال موجّه إلى أعضاء هيئة، فيلزمه اجتماع مجدول في غرفة مرتبطة بهيئة.
err-agenda-poll-too-late = ستنتهي الاقتراحات والترتيب في { $ends }، بعد بدء الاجتماع #{ $id } «{ $title }» في { $time }. حدّد مدّتين أقصر، أو موعدًا لاحقًا مع `--date`.
err-agenda-poll-running = للاجتماع #{ $id } «{ $title }» في { $time } استطلاع جدول الأعمال #{ $poll } بالفعل: لا يكون للموعد إلا استطلاع واحد في كل مرة.
err-agenda-propose-not-member = يتلقّى استطلاع جدول الأعمال #{ $poll } الاقتراحات من أعضاء `{ $body }` ذوي العضوية السارية، ولست محسوبًا منهم.
err-agenda-propose-closed = توقّف استطلاع جدول الأعمال #{ $poll } عن تلقّي الاقتراحات في { $at }.
err-agenda-proposal-twice = في استطلاع جدول الأعمال #{ $poll } هذا الاقتراح بالفعل: { $number }. { $text }
err-agenda-proposals-full = في استطلاع جدول الأعمال #{ $poll } { $max } اقتراحًا بالفعل، وهو أكثر ما يمكن لتصويت أن يرتّبه.

## Attendance, quorum and the speaking queue
cmd-body-quorum-summary = عرض النصاب القانوني لهيئة أو تحديده.
cmd-body-quorum-help = حدّد نسبة من الأعضاء (`50%`، تُقرَّب إلى أعلى عدد صحيح من الأشخاص) أو عددًا من الأشخاص (`12`)؛ وتلغي `none` القاعدة. والأعضاء هم كل من له دور في الهيئة. يحدّد القاعدةَ موظفو الهيئة أو المسؤول؛ ويمكن لأي شخص الاطلاع عليها بترك القاعدة. ويتحقّق منها تسجيل الحضور (`!meeting attendance`).
cmd-meeting-attendance-summary = تسجيل الحضور في اجتماع جارٍ ثم التحقّق من النصاب.
cmd-meeting-attendance-help = في المرة الأولى يفتح تسجيل الحضور للموعد الجاري (أو الذي يبدأ خلال 30 دقيقة) ويعرض الإجابة بالحضور في القاعة أو عن بُعد. أعد تشغيله لترى من حضر وهل اكتمل نصاب الهيئة. يستخدمه من جدول الاجتماع وموظفو هيئته والمسؤولون. ولكل موعد سجلّه الخاص. مع `--date` يطّلع كل من يرى الاجتماع على سجل موعد ذلك اليوم.
cmd-meeting-present-summary = الرد على تسجيل الحضور في اجتماع جارٍ.
cmd-meeting-present-help = يسجّلك حاضرًا في الموعد الجاري (أو الذي يبدأ خلال 30 دقيقة). أضف `remote` إن كنت تشارك عن بُعد؛ وتحلّ الإجابة الجديدة محل السابقة.
cmd-hand-raise-summary = رفع اليد لطلب الكلمة (`!hand`).
cmd-hand-raise-help = يضعك في آخر قائمة المتحدثين في هذه الغرفة. أضف `remote` إن كنت تتحدث عن بُعد، أو `in-person`؛ وإلا فالعبرة بإجابتك في تسجيل حضور الاجتماع الجاري.
cmd-hand-down-summary = إنزال اليد.
cmd-hand-down-help = يخرجك من قائمة المتحدثين في هذه الغرفة.
cmd-queue-show-summary = عرض من ينتظر الكلمة (`!queue`).
cmd-queue-show-help = يعرض قائمة المتحدثين في هذه الغرفة بالترتيب، مع من يشارك عن بُعد ومدة انتظار كل شخص.
cmd-queue-clear-summary = إفراغ قائمة المتحدثين (رئيس الجلسة).
cmd-queue-clear-help = رئيس الجلسة هو من جدول الاجتماع الجاري هنا، أو موظفو هيئة الغرفة، أو المسؤول.
cmd-next-summary = إعطاء الكلمة لأول شخص في القائمة (رئيس الجلسة).
cmd-next-help = يسمّي أول المنتظرين ويخرجه من القائمة ويعلن من يليه. لا يفعل ذلك إلا رئيس الجلسة: من جدول الاجتماع الجاري هنا، أو موظفو هيئة الغرفة، أو المسؤول.
param-rule = قاعدة النصاب: 50% (من الأعضاء) أو 12 (شخصًا) أو none
param-presence = remote إن كنت تشارك عن بُعد، وإلا in-person
body-quorum-percent = النصاب القانوني لـ **{ $name }** (`{ $short }`) هو { $percent }% من أعضائها: { $needed } من أصل { $members } اليوم.
body-quorum-count = النصاب القانوني لـ **{ $name }** (`{ $short }`) هو حضور { $needed } من الأعضاء؛ وعدد أعضائها اليوم { $members }.
body-quorum-none = ليس لـ **{ $name }** (`{ $short }`) قاعدة نصاب. يمكن للموظفين تحديدها، مثلًا `!body quorum { $short } 50%`.
body-quorum-set-percent = من الآن، النصاب القانوني لـ **{ $name }** (`{ $short }`) هو { $percent }% من أعضائها: { $needed } من أصل { $members } اليوم.
body-quorum-set-count = من الآن، النصاب القانوني لـ **{ $name }** (`{ $short }`) هو حضور { $needed } من الأعضاء؛ وعدد أعضائها اليوم { $members }.
body-quorum-set-none = لم تعد لـ **{ $name }** (`{ $short }`) قاعدة نصاب.
err-meeting-not-under-way = الاجتماع #{ $id } ليس جاريًا الآن: يبدأ موعده التالي في { $time }. ويُفتح تسجيل الحضور قبل البدء بـ { $minutes } دقيقة.
err-attendance-not-yours = لا يسجّل الحضور في الاجتماع #{ $id } إلا من جدوله أو موظفو هيئته أو المسؤول.
attendance-open = 📋 تسجيل الحضور في الاجتماع #{ $id } «{ $title }» ({ $time }): من الحاضر؟
attendance-choice-present = حاضر
attendance-choice-remote = حاضر عن بُعد
attendance-present = سُجّلت حاضرًا في الاجتماع #{ $id } «{ $title }» ({ $time }).
attendance-present-remote = سُجّلت حاضرًا عن بُعد في الاجتماع #{ $id } «{ $title }» ({ $time }).
attendance-report = 📋 تسجيل الحضور في الاجتماع #{ $id } «{ $title }» ({ $time }):
attendance-nobody = لم يُجب أحد بعد.
attendance-line = { $name }
attendance-line-remote = { $name } · 🌐 عن بُعد
attendance-line-guest = { $name } · ليس عضوًا، لا يُحتسب
attendance-line-guest-remote = { $name } · 🌐 عن بُعد · ليس عضوًا، لا يُحتسب
attendance-tally-no-body = الحاضرون: { $present }{ $remote ->
    [0] {""}
   *[other] {" "}(عن بُعد: { $remote })
}.
attendance-tally-no-rule = الحاضرون: { $present }{ $remote ->
    [0] {""}
   *[other] {" "}(عن بُعد: { $remote })
} من أصل { $members } من الأعضاء؛ وليس لـ `{ $short }` قاعدة نصاب.
attendance-tally-percent-reached = الحاضرون: { $present }{ $remote ->
    [0] {""}
   *[other] {" "}(عن بُعد: { $remote })
} من أصل { $members } من الأعضاء؛ النصاب { $needed } ({ $percent }%): **مكتمل**.
attendance-tally-percent-missing = الحاضرون: { $present }{ $remote ->
    [0] {""}
   *[other] {" "}(عن بُعد: { $remote })
} من أصل { $members } من الأعضاء؛ النصاب { $needed } ({ $percent }%): **غير مكتمل**، ينقص { $missing }.
attendance-tally-count-reached = الحاضرون: { $present }{ $remote ->
    [0] {""}
   *[other] {" "}(عن بُعد: { $remote })
} من أصل { $members } من الأعضاء؛ النصاب { $needed }: **مكتمل**.
attendance-tally-count-missing = الحاضرون: { $present }{ $remote ->
    [0] {""}
   *[other] {" "}(عن بُعد: { $remote })
} من أصل { $members } من الأعضاء؛ النصاب { $needed }: **غير مكتمل**، ينقص { $missing }.
err-queue-direct = قائمة المتحدثين تخص غرفة الاجتماع، لا المحادثة الخاصة.
err-not-chair = لا يفعل هذا إلا رئيس الجلسة: من جدول الاجتماع الجاري هنا، أو موظفو هيئة هذه الغرفة، أو المسؤول.
err-queue-not-in = لست في قائمة المتحدثين في هذه الغرفة.
err-queue-empty = لا أحد ينتظر الكلمة، فلا أحد تُعطى له.
queue-raised = ✋ رفع { $name } يده: رقمه { $position } في القائمة.
queue-already = أنت في القائمة بالفعل، في المرتبة { $position }.
queue-already-remote = أنت في القائمة بالفعل، في المرتبة { $position }؛ وهي تبيّن الآن أنك تتحدث عن بُعد.
queue-already-in-person = أنت في القائمة بالفعل، في المرتبة { $position }؛ وهي تبيّن الآن أنك تتحدث من القاعة.
queue-lowered = أنزل { $name } يده.
queue-empty = لا أحد ينتظر الكلمة.
queue-title = المنتظرون للكلمة ({ $count }):
queue-line = { $position }. { $name } — ينتظر منذ { $minutes ->
    [0] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
queue-line-remote = { $position }. { $name } · 🌐 عن بُعد — ينتظر منذ { $minutes ->
    [0] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
queue-floor = 🎤 { $who }، الكلمة لك.
queue-floor-remote = 🎤 { $who }، الكلمة لك (🌐 عن بُعد).
queue-next-up = التالي: { $name } (المنتظرون: { $count }).
queue-cleared = { $count ->
    [0] كانت قائمة المتحدثين فارغة أصلًا.
   *[other] أُفرغت قائمة المتحدثين (أُزيل: { $count }).
}
err-attendance-no-record = ليس للاجتماع #{ $id } في { $date } موعد بدأ أو أوشك أن يبدأ؛ يُسجَّل الحضور ابتداءً من 30 دقيقة قبل البدء.

## Failed sends

category-outbox = **الإرسال**
cmd-outbox-list-summary = عرض الرسائل التي تعذّر إيصالها (`!outbox`).
cmd-outbox-list-help = يعرض عمليات الإرسال التي تخلّى عنها Quorum، من الأحدث إلى الأقدم: الرقم والمنصة والوجهة ووقت الإخفاق وعدد المحاولات والسبب، ولا يعرض محتواها أبدًا. يخفق الإرسال فورًا حين ترفضه المنصة نهائيًا (الرسائل المباشرة مغلقة، أو صلاحية ناقصة، أو مستخدم أو غرفة غير معروفين)، وبعد يوم (افتراضيًا) من الإخفاقات المؤقتة. يرى الموظفون عمليات الإرسال إلى غرف هيئتهم والرسائل المباشرة إلى من لهم دور فيها، ويرى المسؤولون كل شيء.
cmd-outbox-retry-summary = إعادة محاولة إرسال أخفق.
cmd-outbox-retry-help = يعيد إرسالًا أخفق إلى قائمة الانتظار: يُحاوَل فورًا، وإذا ظل يخفق لسبب مؤقت فلمدة يوم آخر. عالج السبب أولًا: أن يفتح العضو رسائله المباشرة، أو أن ينال البوت الصلاحية أو يُدعى من جديد.
outbox-none = لا توجد عمليات إرسال أخفقت: وصل كل شيء أو ما زالت المحاولة جارية.
outbox-title = { $count ->
    [zero] لا توجد عمليات إرسال أخفقت:
    [one] عملية إرسال واحدة أخفقت:
    [two] عمليتا إرسال أخفقتا، الأحدث أولًا:
    [few] { $count } عمليات إرسال أخفقت، الأحدث أولًا:
    [many] { $count } عملية إرسال أخفقت، الأحدث أولًا:
   *[other] { $count } عملية إرسال أخفقت، الأحدث أولًا:
}
outbox-line = #{ $id } · { $platform } · { $kind ->
    [room] الغرفة { $to }
    [direct] رسالة مباشرة إلى { $to }
   *[other] مستلم غير معروف
} · أخفق في { $time } بعد { $attempts ->
    [zero] { $attempts } محاولة
    [one] محاولة واحدة
    [two] محاولتين
    [few] { $attempts } محاولات
    [many] { $attempts } محاولة
   *[other] { $attempts } محاولة
} · { $failure ->
    [permanent] مرفوض
    [expired] تُخلّي عنه
    [unreadable] غير مقروء
   *[other] أخفق
}: { $reason }
outbox-more = … و{ $count } أخرى.
outbox-retried = أُعيد الإرسال #{ $id } إلى قائمة الانتظار وستُعاد محاولته الآن.
err-outbox-pending = الإرسال `#{ $id }` لم يخفق: ما زالت المحاولة جارية.
err-outbox-sent = الإرسال `#{ $id }` لم يخفق: لقد وصل.

## Input: one time per command, zones, dates and command names

err-unknown-subcommand-suggest = لا يوجد للأمر `{ $command }` أمر فرعي باسم `{ $name }`. هل تقصد `{ $suggestion }`؟
err-date-out-of-range = التاريخ «{ $value }» خارج السنوات التي يخطط لها Quorum: حدّد تاريخًا بين عامي { $from } و{ $to }.
err-two-times = حدّد الموعد مرة واحدة فقط: كلٌّ من `{ $first }` و«{ $second }» يحدّد وقتًا. إن كانت «{ $second }» جزءًا من النص، فضع النص بين علامتي اقتباس.
err-zone-with-duration = المهلة (`in …`) تُحسب من الآن، لذلك لا تغيّر المنطقة الزمنية «{ $zone }» شيئًا: احذفها أو حدّد وقتًا باستخدام `at`. وإن كانت جزءًا من النص، فضع النص بين علامتي اقتباس.
zone-fixed-offset = ملاحظة: «{ $given }» فارق زمني ثابت ({ $offset }) طوال العام، بلا توقيت صيفي. ومن يكتبه يقصد عادةً `{ $zone }`؛ حدّد هذه المنطقة لتتبع توقيتها طوال العام.
zone-fixed-offset-nowhere = ملاحظة: «{ $given }» فارق زمني ثابت ({ $offset }) طوال العام، بلا توقيت صيفي؛ لتتبع توقيت مكان ما، حدّد منطقته الزمنية، مثل `Europe/Zurich`.

## Times said with how far off they are, and lengths of time
time-ahead = { $time } ({ $ahead })
ahead-now = الآن
ahead-minutes = { $count ->
    [zero] الآن
    [one] بعد دقيقة واحدة
    [two] بعد دقيقتين
    [few] بعد { $count } دقائق
    [many] بعد { $count } دقيقة
   *[other] بعد { $count } دقيقة
}
ahead-hours = { $count ->
    [zero] الآن
    [one] بعد ساعة واحدة
    [two] بعد ساعتين
    [few] بعد { $count } ساعات
    [many] بعد { $count } ساعة
   *[other] بعد { $count } ساعة
}
ahead-hours-minutes = بعد { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
} و{ $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
ahead-tomorrow = غدًا
ahead-days = { $count ->
    [zero] اليوم
    [one] بعد يوم واحد
    [two] بعد يومين
    [few] بعد { $count } أيام
    [many] بعد { $count } يومًا
   *[other] بعد { $count } يوم
}
duration-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
duration-hours = { $count ->
    [zero] { $count } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $count } ساعات
    [many] { $count } ساعة
   *[other] { $count } ساعة
}
duration-hours-minutes = { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
} و{ $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
duration-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}

## A body's language
cmd-body-lang-summary = عرض لغة غرف الهيئة أو تعيينها.
cmd-body-lang-help = الرسائل التي ينشرها Quorum من تلقاء نفسه في غرف الهيئة (تذكيرات الاجتماعات، والتذكيرات الموجّهة إلى الغرفة) تُكتب بهذه اللغة؛ أما الردود على شخص فتبقى بلغته. يمكن لأمانة الهيئة تغييرها.
body-lang-current = تتلقى غرف `{ $body }` الرسائل باللغة `{ $lang }`. اللغات المتاحة: { $choices }.
body-lang-set = ستتلقى غرف `{ $body }` الرسائل من الآن باللغة `{ $lang }`.

## Repetitions in words
repeat-hourly = كل ساعة
repeat-days = { $interval ->
    [one] كل يوم
    [two] كل يومين
    [few] كل { $interval } أيام
    [many] كل { $interval } يومًا
   *[other] كل { $interval } يوم
} الساعة { $time }
repeat-weekdays = كل يوم عمل الساعة { $time }
repeat-weekends = كل سبت وأحد الساعة { $time }
repeat-weekly = { $interval ->
    [one] كل أسبوع
    [two] كل أسبوعين
    [few] كل { $interval } أسابيع
    [many] كل { $interval } أسبوعًا
   *[other] كل { $interval } أسبوع
} الساعة { $time }
repeat-weeks = { $interval ->
    [one] كل أسبوع
    [two] كل أسبوعين
    [few] كل { $interval } أسابيع
    [many] كل { $interval } أسبوعًا
   *[other] كل { $interval } أسبوع
} يوم { $days } الساعة { $time }
repeat-months-day = { $interval ->
    [one] كل شهر
    [two] كل شهرين
    [few] كل { $interval } أشهر
    [many] كل { $interval } شهرًا
   *[other] كل { $interval } شهر
} في اليوم { $day } الساعة { $time }
repeat-months-nth = { $interval ->
    [one] كل شهر
    [two] كل شهرين
    [few] كل { $interval } أشهر
    [many] كل { $interval } شهرًا
   *[other] كل { $interval } شهر
} في { $weekday ->
    [mon] يوم الاثنين
    [tue] يوم الثلاثاء
    [wed] يوم الأربعاء
    [thu] يوم الخميس
    [fri] يوم الجمعة
    [sat] يوم السبت
   *[sun] يوم الأحد
} { $nth ->
    [1] الأول
    [2] الثاني
    [3] الثالث
    [4] الرابع
    [5] الخامس
   *[last] الأخير
} من الشهر الساعة { $time }
repeat-cron = حسب جدول cron `{ $cron }`
weekday-name = { $day ->
    [mon] الاثنين
    [tue] الثلاثاء
    [wed] الأربعاء
    [thu] الخميس
    [fri] الجمعة
    [sat] السبت
   *[sun] الأحد
}
list-pair = { $first }، { $rest }
list-last-pair = { $first } و{ $rest }

## Applications
category-applications = **طلبات العضوية**
cmd-apply-to-summary = تقديم طلب للانضمام إلى هيئة.
cmd-apply-to-help = يبدأ طلبك إلى الهيئة على انفراد: يطرح Quorum أسئلته واحدًا تلو الآخر في محادثتك المباشرة، وتجيب عن كل سؤال برسالة عادية هناك (دون `!`). الأسئلة المعتادة هي اسمك الكامل، ومنظمتك (اكتب `-` إن لم تكن لك منظمة)، وبلدك (رمزه في ISO من حرفين، مثل `CH`)، وسبب رغبتك في الانضمام؛ ويمكن للهيئة أن تضيف أسئلتها. يمكنك التوقف في أي وقت بـ `!apply cancel` والمتابعة من حيث توقفت بعد إعادة التشغيل. ثم توافق لجنة الهيئة على الطلب أو ترفضه، ويُبلَغ إليك ذلك هنا بلغتك.
cmd-apply-answers-summary = الإجابة دفعة واحدة عن الأسئلة التالية في طلبك.
cmd-apply-answers-help = يجيب بالترتيب عن الأسئلة التالية في الطلب قيد التعبئة: كل كلمة أو نص بين علامتي تنصيص إجابة واحدة. حيث تُعرض الاستمارات (Discord)، يفتح `apply answers` وحده استمارة الأسئلة التالية. تُحفظ الإجابات السابقة لإجابة مرفوضة، ويُطرح السؤال المرفوض من جديد.
cmd-apply-cancel-summary = سحب طلبك المفتوح.
cmd-apply-cancel-help = يسحب الطلب الذي تجيب عن أسئلته أو الذي ينتظر قرارًا. يمكنك التقديم من جديد لاحقًا.
cmd-apply-status-summary = عرض طلباتك وحالة كل منها.
cmd-apply-status-help = يعرض طلباتك: الهيئة، وهل الطلب قيد الإجابة (`drafting`)، أو ينتظر اللجنة (`pending`)، أو أُحيل إلى تصويت اللجنة (`referred`)، أو `approved` أو `rejected` أو `withdrawn`.
cmd-apply-questions-summary = عرض أسئلة طلب الانضمام إلى هيئة.
cmd-apply-questions-help = يعرض أسئلة طلب الانضمام إلى الهيئة بالترتيب: الأسئلة المعتادة الأربعة، ثم أسئلة الهيئة.
cmd-applications-summary = عرض طلبات الانضمام إلى هيئة.
cmd-applications-help = يعرض طلبات الانضمام إلى الهيئة (هيئة الغرفة إن لم تُسمَّ هيئة)، وافتراضيًا الطلبات التي تنتظر قرارًا؛ ويعرض `--status` طلبات حالة واحدة، أو `all`. للجنة الهيئة (`exec`) وموظفيها، على انفراد.
cmd-application-show-summary = قراءة إجابات طلب.
cmd-application-show-help = يعرض الطلب وكل إجابة مع سؤالها كما طُرح. للجنة الهيئة وموظفيها، على انفراد.
cmd-application-approve-summary = الموافقة على طلب.
cmd-application-approve-help = يصبح مقدّم الطلب عضوًا في الهيئة: يحصل على الدور `member`، ويُدعى إلى غرف الهيئة بدور العضو في المنصات، ويُرحَّب به بلغته.
cmd-application-reject-summary = رفض طلب مع ذكر السبب.
cmd-application-reject-help = يُبلَّغ مقدّم الطلب بلغته، مع السبب الذي تذكره.
cmd-application-refer-summary = إحالة طلب إلى تصويت اللجنة.
cmd-application-refer-help = يُعلِّم طلبًا منتظرًا بأنه أُحيل إلى تصويت لجنة الهيئة؛ ثم توافق اللجنة عليه أو ترفضه وفق النتيجة. للموظفين فقط.
apply-started = الطلب #{ $id } إلى **{ $body }** (`{ $short }`): عدد الأسئلة { $count }. أجب عن كل سؤال برسالة هنا؛ و`!apply cancel` يوقف الطلب.
apply-resumed = يُستأنف الطلب #{ $id } إلى `{ $body }` من حيث توقفت:
apply-question = السؤال { $number } من { $total }: { $question }
apply-question-line = { $number }. { $question }
apply-q-name = ما اسمك الكامل؟
apply-q-organisation = إلى أي منظمة تنتمي؟ اكتب `-` إن لم تكن تنتمي إلى منظمة.
apply-q-country = في أي بلد تقيم؟ اكتب رمزه المكوَّن من حرفين، مثل `CH` أو `KE` أو `BR`.
apply-q-motivation = لماذا تريد الانضمام؟
apply-q-body = { $text }
apply-started-form = الطلب رقم { $id } إلى **{ $body }** (`{ $short }`): عدد الأسئلة { $count }، في استمارة.
apply-form-title = الطلب: الأسئلة من { $from } إلى { $to } من { $total }
apply-form-open = الإجابة عن الأسئلة
apply-form-next = يتواصل الطلب رقم { $id } إلى `{ $body }` بهذه الأسئلة:
apply-answers-noted = { $count ->
    [one] سُجّلت إجابة واحدة.
    [two] سُجّلت إجابتان.
    [few] سُجّلت { $count } إجابات.
   *[other] سُجّلت { $count } إجابة.
}
apply-field-name = الاسم الكامل
apply-field-organisation = المنظمة (- إن لم توجد)
apply-field-country = البلد (رمز من حرفين)
apply-field-motivation = لماذا تريد الانضمام؟
apply-field-own = السؤال { $number }
err-apply-nothing-to-answer = ليس لديك طلب قيد التعبئة. `!apply الهيئة` يبدأ طلبًا.
err-apply-too-many-answers = { $given } إجابات، لكن لم يتبقَّ سوى { $left } أسئلة.
apply-answer-noted = سُجِّل: { $answer }
apply-submitted = شكرًا لك: اكتمل الطلب #{ $id } إلى **{ $body }** (`{ $short }`). ستقرر لجنتها، وستُبلَّغ هنا. يعرض `!apply status` حالته.
apply-nothing-asked = لم يعد هنا سؤال مطروح: صدر قرار في طلبك أو سُحب. يعرض `!apply status` حالته.
apply-withdrawn = سُحب الطلب #{ $id } إلى `{ $body }`.
apply-status-none = لم تقدّم طلبًا إلى أي هيئة. يبدأ `!apply الهيئة` طلبًا.
apply-status-title = { $count ->
    [one] طلبك:
   *[other] طلباتك ({ $count }):
}
apply-status-line = #{ $id } · `{ $body }` · { $status }
apply-questions-title = يطرح طلب الانضمام إلى `{ $body }` الأسئلة التالية:
apply-question-added = أُضيف السؤال { $number } إلى طلبات الانضمام إلى `{ $body }`: { $text }
apply-question-removed = حُذف السؤال { $number } من طلبات الانضمام إلى `{ $body }`.
application-vote-opened = تبتّ اللجنة فيه بالتصويت رقم { $poll } (`!poll vote #{ $poll } yes|no|abstain`)، المفتوح لمدة { $days } أيام: إن أُقرّ قُبل الطلب، وإلا رُفض.
apply-approved = مرحبًا بك في **{ $body }** (`{ $short }`): وُوفق على طلبك وأصبحت عضوًا. ستصلك دعوات إلى غرفها.
apply-rejected = لم يُقبل طلبك إلى **{ $body }**. سبب اللجنة: { $reason }
applications-none = لا طلبات إلى `{ $body }` في هذه الحالة.
applications-title = { $count ->
    [zero] لا طلبات إلى `{ $body }`:
    [one] طلب واحد إلى `{ $body }`:
    [two] طلبان إلى `{ $body }`:
    [few] { $count } طلبات إلى `{ $body }`:
    [many] { $count } طلبًا إلى `{ $body }`:
   *[other] { $count } طلب إلى `{ $body }`:
}
application-line = #{ $id } · { $applicant } · { $status } · منذ { $created }
application-answer = { $number }. { $question } — { $answer }
application-decided = الطلب #{ $id } من { $applicant } إلى `{ $body }`: { $status }.
err-apply-member = أنت عضو في `{ $body }` بالفعل.
err-apply-already = سبق أن تقدّمت بطلب إلى `{ $body }`: حالة الطلب #{ $id } هي { $status }. يعرضه `!apply status`، ويسحبه `!apply cancel`.
err-apply-finish-first = أكمل طلبك #{ $id } إلى `{ $body }` أو اسحبه أولًا: أجب عن سؤاله هنا، أو أرسل `!apply cancel`.
err-apply-none-open = ليس لديك طلب مفتوح لسحبه.
err-apply-country = «{ $value }» ليس رمز بلد. اكتب رمز ISO للبلد المكوَّن من حرفين، مثل `CH` لسويسرا أو `KE` لكينيا.
err-apply-questions-full = لدى `{ $body }` بالفعل { $max } سؤالًا خاصًا: احذف سؤالًا أولًا.
err-apply-question-standard = السؤال { $number } من الأسئلة المعتادة التي يطرحها كل طلب؛ ولا يمكن حذف سوى أسئلة الهيئة (من السؤال 5 فصاعدًا).
err-application-decided = حالة الطلب #{ $id } هي { $status }: لا ينتظر قرارًا.

## Onboarding
cmd-onboarding-show-summary = عرض قائمة خطواتك الأولى في هيئة.
cmd-onboarding-show-help = يعرض قائمة الخطوات الأولى للأعضاء الجدد في الهيئة وما أنجزته منها (هيئة الغرفة إن لم تُسمَّ هيئة). يمكن للموظفين تسمية عضو لعرض قائمته.
cmd-onboarding-done-summary = تعليم بند من قائمة خطواتك الأولى.
cmd-onboarding-done-help = يعلّم البند ذا هذا الرقم بأنه أُنجز. يمكن للموظفين تعليم بند عن عضو يسمّونه. وما دامت بنود متبقية، يذكّرك Quorum كل ثلاثة أيام، عشر مرات على الأكثر.
cmd-onboarding-items-summary = عرض قائمة الخطوات الأولى لهيئة أو تغييرها.
cmd-onboarding-items-help = يعرض القائمة التي يتلقاها الأعضاء الجدد في الهيئة عند الموافقة على طلبهم؛ ويضيف الموظفون بنودًا (حتى 20، كل منها حتى 300 حرف) أو يحذفون بندًا برقمه.
onboarding-item = { $done ->
    [yes] ✅
   *[no] ⬜
} { $number }. { $text }
onboarding-none = ليست لديك قائمة خطوات أولى في `{ $body }`.
onboarding-none-for = ليست لدى { $who } قائمة خطوات أولى في `{ $body }`.
onboarding-title = { $left ->
    [0] اكتملت خطواتك الأولى في `{ $body }`:
   *[other] خطواتك الأولى في `{ $body }`: تبقّى { $left } من { $total }.
}
onboarding-title-for = الخطوات الأولى لـ { $who } في `{ $body }`: تبقّى { $left } من { $total }.
onboarding-how = علّم بندًا بـ `!onboarding done الرقم`.
onboarding-already = البند { $number } ({ $text }) أُنجز من قبل.
onboarding-ticked = أُنجز: { $number }. { $text } — { $left ->
    [one] تبقّى بند واحد.
    [two] تبقّى بندان.
    [few] تبقّت { $left } بنود.
    [many] تبقّى { $left } بندًا.
   *[other] تبقّى { $left } بند.
}
onboarding-complete = أُنجز: { $number }. { $text } — اكتملت خطواتك الأولى في `{ $body }`. أهلًا بك!
onboarding-items-none = ليست لدى `{ $body }` قائمة خطوات أولى بعد.
onboarding-items-title = قائمة الخطوات الأولى في `{ $body }`:
onboarding-item-line = { $number }. { $text }
onboarding-item-added = أُضيف البند { $number } إلى قائمة الخطوات الأولى في `{ $body }`: { $text }
onboarding-item-removed = حُذف البند { $number } من قائمة الخطوات الأولى في `{ $body }`.
onboarding-reminder = خطواتك الأولى في `{ $body }`: { $left ->
    [one] تبقّى بند واحد:
    [two] تبقّى بندان:
    [few] تبقّت { $left } بنود:
    [many] تبقّى { $left } بندًا:
   *[other] تبقّى { $left } بند:
}
onboarding-welcome = للبدء:
err-onboarding-full = تضم قائمة `{ $body }` بالفعل { $max } بندًا: احذف بندًا أولًا.

## Member records and the directory
category-members = **الأعضاء**
cmd-member-list-summary = عرض أعضاء الهيئة، صفحةً صفحة.
cmd-member-list-help = المرشّحات: `--group` و`--region` (africa أو americas أو asia أو europe أو oceania، أو رمز M49) و`--country` (رمز ISO مثل `FR`) و`--status` (applicant أو active أو renewal-due أو lapsed أو former أو suspended) و`--kind` (person أو organisation). يرى الأعضاء الأعضاءَ ذوي العضوية السارية والحقول التي تجعلها الهيئة علنية، ولا يرشّحون إلا بها؛ وترى الأمانة كل السجلات وكل الحقول. يُرسل بشكل خاص.
cmd-member-show-summary = عرض سجل عضو واحد.
cmd-member-show-help = ترى الأمانة كل الحقول بما فيها الملاحظات؛ ويرى العضو الحقول العلنية، وسجله الخاص من دون ملاحظات الأمانة.
cmd-member-add-summary = إضافة سجل عضو.
cmd-member-add-help = اكتب اسمًا بين علامتي تنصيص، أو `@مستخدم` ليكون السجل له. البلد رمز ISO 3166 ويحدد منطقة الأمم المتحدة. يمكن لشخص لديه حساب أن يمثّل منظمة (`--represents ID`)؛ و`--voting` يجعله من يصوّت عنها. من دون `--status` يكون العضو فاعلًا من اليوم.
cmd-member-edit-summary = تعديل سجل عضو.
cmd-member-edit-help = تعدّل الأمانة أي حقل؛ و`-` يفرغه (`--notes -`). يمكن للعضو تعديل اللغات والنوع الاجتماعي في سجله الخاص. الحالة: يصبح المتقدّم فاعلًا، ويمكن لأي عضو أن يصبح عضوًا سابقًا، وللعضو السابق أن يعود فاعلًا؛ أما «التجديد مستحق» و«منتهية» فتتبعان تاريخ التجديد.
cmd-member-suspend-summary = تعليق عضوية عضو مع ذكر السبب.
cmd-member-suspend-help = لا يُحتسب العضو المعلّقة عضويته في النصاب ولا في التصويت ولا في الانتخابات حتى إعادته. ويُسجَّل التغيير في سجل التدقيق.
cmd-member-reinstate-summary = إعادة عضو معلّقة عضويته.
cmd-member-reinstate-help = يعود العضو فاعلًا؛ وإن كان تاريخ تجديده قد مضى يصبح التجديد مستحقًا أو تنتهي العضوية فورًا.
cmd-member-renew-summary = تجديد عضوية.
cmd-member-renew-help = تصبح العضويات الفاعلة أو المستحقة التجديد أو المنتهية فاعلةً حتى التاريخ المذكور، أو لسنة بعد تاريخ التجديد الحالي.
cmd-member-remove-summary = حذف سجل عضو.
cmd-member-remove-help = لا يمكن استعادة سجل محذوف: من دون `--yes` يسأل Quorum أولًا. للاحتفاظ بالتاريخ، اجعل العضو عضوًا سابقًا بدلًا من ذلك.
cmd-member-public-summary = عرض الحقول التي يراها الأعضاء أو اختيارها.
cmd-member-public-help = الحقول: kind وorganisation وgroup وcountry وregion وlanguages وstatus وjoined وrenewal، أو `none`. تظهر الأسماء دائمًا؛ ولا يظهر النوع الاجتماعي ولا ملاحظات الأمانة أبدًا.
cmd-member-policy-summary = عرض قواعد التجديد في الهيئة أو ضبطها.
cmd-member-policy-help = `--notice`: كم يومًا قبل تاريخ التجديد يُذكَّر العضو (ويصبح التجديد مستحقًا)؛ `--grace`: كم يومًا بعده تنتهي العضوية إن لم تُجدَّد.
cmd-member-import-summary = استيراد سجلات الأعضاء من ملف CSV.
cmd-member-import-help = يسمّي السطر الأول الأعمدة: name (إلزامي) وkind وorganisation وgroup وcountry وlanguages وgender وstatus وjoined وrenewal وnotes. فواصل أو فواصل منقوطة أو علامات جدولة؛ وتُقبل علامة ترتيب البايتات وفواصل الأسطر بين علامات التنصيص. من دون `--commit` لا يُكتب شيء: يفحص Quorum كل سطر ويسمّي كل سطر خاطئ. ومع `--commit` تُكتب الأسطر كلها دفعة واحدة أو لا يُكتب أي منها. يُقرأ الملف على الجهاز الذي يعمل عليه Quorum، لذا يجري الاستيراد من وحدة التحكم.
cmd-member-export-summary = تصدير سجلات الأعضاء ملفَّ CSV.
cmd-member-export-help = كل السجلات بكل الحقول، بما فيها ملاحظات الأمانة: احفظ الملف في مكان آمن. ويمكن استيراده من جديد.
cmd-member-stats-summary = عرض توازن العضوية.
cmd-member-stats-help = أعداد الأعضاء ذوي العضوية السارية ونسبهم حسب مجموعة أصحاب المصلحة والمنطقة والنوع الاجتماعي. تُدمج المجموعات التي تضم أقل من 5 أشخاص ولا تُعرض الأعداد الصغيرة، كي لا يُستدل على أحد.
param-account = حساب العضو، مثل @alice
param-kind = person (شخص) أو organisation (منظمة)
param-org = المنظمة
param-group = مجموعة أصحاب المصلحة
param-country = رمز بلد، مثل FR أو KE
param-languages = رموز لغات، مثل en,fr
param-gender = النوع الاجتماعي كما يصرّح به الشخص، لإحصاءات التوازن فقط
param-status = حالة العضوية
param-joined = تاريخ الانضمام، مثل 2026-01-15
param-renewal = تاريخ التجديد، مثل 2027-01-15
param-represents = رقم سجل المنظمة، مثل #3
param-voting = جعله ممثل المنظمة الذي يصوّت عنها
param-notes = ملاحظات للأمانة فقط
param-region = منطقة: africa أو americas أو asia أو europe أو oceania
param-page = رقم الصفحة
param-answers = إجاباتك بالترتيب
param-reason = السبب
param-until = تاريخ التجديد الجديد
param-fields = الحقول التي يراها الأعضاء
param-grace = الأيام بعد تاريخ التجديد قبل أن تنتهي العضوية
param-notice = الأيام قبل تاريخ التجديد التي يُذكَّر فيها العضو
param-path = مسار ملف CSV
param-commit = كتابة السجلات (من دونه تُفحص فقط)
member-status = { $status ->
    [applicant] متقدّم
    [active] فاعل
    [renewal-due] التجديد مستحق
    [lapsed] عضوية منتهية
    [former] عضو سابق
   *[suspended] معلّق
}
member-kind = { $kind ->
    [organisation] منظمة
   *[person] شخص
}
member-region = { $region ->
    [africa] أفريقيا
    [americas] الأمريكتان
    [asia] آسيا
    [europe] أوروبا
    [oceania] أوقيانوسيا
   *[none] بلا منطقة
}
member-gender = { $gender ->
    [woman] امرأة
    [man] رجل
    [non-binary] غير ثنائي
   *[other] آخر
}
member-detail-text = { $text }
member-detail-code = `{ $code }`
member-detail-pair = { $first } · { $rest }
member-line = #{ $id } **{ $name }**
member-line-details = #{ $id } **{ $name }** — { $details }
member-field = { $field ->
    [kind] النوع
    [organisation] المنظمة
    [group] مجموعة أصحاب المصلحة
    [country] البلد
    [region] المنطقة
    [languages] اللغات
    [status] الحالة
    [joined] الانضمام
    [renewal] تاريخ التجديد
    [reason] السبب
    [gender] النوع الاجتماعي
    [account] الحساب
   *[notes] ملاحظات الأمانة
}: { $value }
member-show-title = العضو #{ $id }: **{ $name }**
member-represents = يمثّل #{ $id } { $name }
member-represents-voting = يمثّل #{ $id } { $name } (الممثل المصوّت)
member-no-representatives = لا ممثلين بعد.
member-representatives = الممثلون:
member-representative = #{ $id } { $name }
member-representative-voting = #{ $id } { $name } (يصوّت عن المنظمة)
member-public-current = يرى أعضاء `{ $body }` هذه الحقول: { $fields }.
member-public-set = من الآن يرى أعضاء `{ $body }` هذه الحقول: { $fields }.
member-policy-current = في `{ $body }` يُذكَّر الأعضاء قبل تاريخ تجديدهم بـ{ $notice } يومًا، وتنتهي العضوية غير المجدَّدة بعده بـ{ $grace } يومًا.
member-policy-set = من الآن في `{ $body }` يُذكَّر الأعضاء قبل تاريخ تجديدهم بـ{ $notice } يومًا، وتنتهي العضوية غير المجدَّدة بعده بـ{ $grace } يومًا.
member-list-empty = لا يطابق أي عضو في `{ $body }`.
member-list-title = { $count ->
    [zero] لا أعضاء في `{ $body }`:
    [one] عضو واحد في `{ $body }`:
    [two] عضوان في `{ $body }`:
    [few] { $count } أعضاء في `{ $body }`، الصفحة { $page } من { $pages }:
    [many] { $count } عضوًا في `{ $body }`، الصفحة { $page } من { $pages }:
   *[other] { $count } عضو في `{ $body }`، الصفحة { $page } من { $pages }:
}
member-list-next = الصفحة التالية: `{ $command }`
err-member-page = لا توجد صفحة { $page }: عدد صفحات القائمة { $pages }.
err-member-filter-hidden = `{ $flag }` يرشّح بحقل لا يستطيع أعضاء `{ $body }` رؤيته.
err-member-not-found = لم يُعثر على سجل العضو `{ $id }`.
err-member-account-taken = لدى { $who } سجل عضو هنا بالفعل: `{ $id }`.
err-member-not-organisation = السجل `{ $id }` ليس منظمة يمكن تمثيلها.
err-member-organisation-account = ليس للمنظمة حساب خاص بها: أضف أشخاصها ممثلين (`--represents`).
err-member-representative-account = يجب أن يكون للممثل حساب: استخدم `--account @USER`.
err-member-voting-alone = لا يكون الممثل المصوّت إلا ممثلًا لمنظمة: استخدم `--represents ID`.
member-added = أُضيف العضو #{ $id } **{ $name }** إلى `{ $body }` ({ $status }).
err-member-status-change = لا يمكن أن ينتقل العضو #{ $id } من «{ $from }» إلى «{ $to }» بهذه الطريقة.
member-updated = حُدِّث سجل العضو #{ $id } **{ $name }**.
err-member-cannot-suspend = لا يمكن تعليق عضوية العضو #{ $id }: حالته «{ $status }».
member-suspended = عُلّقت عضوية العضو #{ $id } **{ $name }**: { $reason }
err-member-not-suspended = عضوية العضو #{ $id } ليست معلّقة: حالته «{ $status }».
member-reinstated = أُعيد العضو #{ $id } **{ $name }**.
err-member-cannot-renew = لا يمكن تجديد عضوية العضو #{ $id }: حالته «{ $status }».
err-member-renew-past = يجب أن يكون تاريخ التجديد الجديد `{ $date }` بعد اليوم.
member-renewed = جُدِّدت عضوية العضو #{ $id } **{ $name }** حتى `{ $date }`.
member-confirm-remove = حذف السجل
member-remove-confirm = هل تحذف العضو #{ $id } **{ $name }** نهائيًا؟ لا يمكن التراجع عن ذلك.
member-removed = حُذف سجل العضو #{ $id } **{ $name }**.
member-renewal-reminder = { $name }، يحين تجديد عضويتك في `{ $body }` في `{ $date }`. { $days ->
    [zero] إن لم تُجدَّد تنتهي في اليوم نفسه.
    [one] إن لم تُجدَّد تنتهي بعد يوم واحد.
    [two] إن لم تُجدَّد تنتهي بعد يومين.
    [few] إن لم تُجدَّد تنتهي بعد { $days } أيام.
    [many] إن لم تُجدَّد تنتهي بعد { $days } يومًا.
   *[other] إن لم تُجدَّد تنتهي بعد { $days } يوم.
} يُرجى التواصل مع الأمانة.
member-lapsed-notice = { $name }، انتهت عضويتك في `{ $body }`: كان تجديدها مستحقًا في `{ $date }`. يُرجى التواصل مع الأمانة لتجديدها.
member-import-cell = العمود `{ $column }`: { $reason }
err-member-import-empty = لا يحتوي الملف على أسطر أعضاء.
err-member-import-unreadable = تتعذّر قراءة السطر الأول من الملف بصيغة CSV.
err-member-import-header = عمود غير معروف «{ $header }». الأعمدة: `{ $allowed }`.
err-member-import-header-twice = يتكرر العمود «{ $header }» مرتين.
err-member-import-no-name = يحتاج الملف إلى عمود `name`.
err-member-import-too-many = في الملف أكثر من { $max } سطر: قسّمه.
member-import-unreadable-line = تتعذّر قراءة هذا السطر بصيغة CSV
member-import-cells = المتوقع { $expected } خلايا، والموجود { $found }
err-member-import-console = يقرأ الاستيراد ملفًا على الجهاز الذي يعمل عليه Quorum: شغّله من وحدة التحكم.
err-member-import-too-big = حجم الملف أكبر من { $megabytes } ميغابايت.
err-member-import-read = تتعذّر قراءة الملف «{ $path }».
err-member-import-encoding = الملف ليس نصًا بترميز UTF-8: احفظه بصيغة «CSV UTF-8».
member-import-bad = { $bad ->
    [zero] لا أسطر خاطئة من { $count }:
    [one] سطر واحد خاطئ من { $count }؛ لم يُكتب شيء:
    [two] سطران خاطئان من { $count }؛ لم يُكتب شيء:
    [few] { $bad } أسطر خاطئة من { $count }؛ لم يُكتب شيء:
    [many] { $bad } سطرًا خاطئًا من { $count }؛ لم يُكتب شيء:
   *[other] { $bad } سطر خاطئ من { $count }؛ لم يُكتب شيء:
}
member-import-bad-line = السطر { $line }: { $reason }
member-import-more = … و{ $count } أسطر خاطئة أخرى.
member-import-nothing-written = صحّح الملف واستورده من جديد.
member-import-ready = { $count ->
    [zero] لا أسطر.
    [one] السطر صحيح.
    [two] السطران صحيحان.
    [few] الأسطر الـ{ $count } كلها صحيحة.
    [many] الأسطر الـ{ $count } كلها صحيحة.
   *[other] الأسطر الـ{ $count } كلها صحيحة.
} لم يُكتب شيء بعد: شغّل `{ $command }` لاستيرادها.
member-import-done = { $count ->
    [zero] لم يُستورد أي سجل إلى `{ $body }`.
    [one] استُورد سجل عضو واحد إلى `{ $body }`.
    [two] استُورد سجلا عضوين إلى `{ $body }`.
    [few] استُوردت { $count } سجلات أعضاء إلى `{ $body }`.
    [many] استُورد { $count } سجلًا للأعضاء إلى `{ $body }`.
   *[other] استُورد { $count } سجل عضو إلى `{ $body }`.
}
member-export-ready = { $count ->
    [zero] لا سجلات أعضاء في `{ $body }`.
    [one] سجل عضو واحد من `{ $body }` بصيغة CSV. فيه ملاحظات الأمانة: احفظه في مكان آمن.
    [two] سجلا عضوين من `{ $body }` بصيغة CSV. فيهما ملاحظات الأمانة: احفظهما في مكان آمن.
    [few] { $count } سجلات أعضاء من `{ $body }` بصيغة CSV. فيها ملاحظات الأمانة: احفظها في مكان آمن.
    [many] { $count } سجلًا للأعضاء من `{ $body }` بصيغة CSV. فيها ملاحظات الأمانة: احفظها في مكان آمن.
   *[other] { $count } سجل عضو من `{ $body }` بصيغة CSV. فيها ملاحظات الأمانة: احفظها في مكان آمن.
}
member-stats-empty = ليس في `{ $body }` أعضاء ذوو عضوية سارية بعد.
member-stats-title = { $count ->
    [zero] توازن `{ $body }`: لا أعضاء ذوو عضوية سارية.
    [one] توازن `{ $body }`: عضو واحد ذو عضوية سارية.
    [two] توازن `{ $body }`: عضوان ذوا عضوية سارية.
    [few] توازن `{ $body }`: { $count } أعضاء ذوو عضوية سارية.
    [many] توازن `{ $body }`: { $count } عضوًا ذوي عضوية سارية.
   *[other] توازن `{ $body }`: { $count } عضو ذي عضوية سارية.
}
member-stats-too-few = أقل من { $min } أعضاء: لا تفصيل، كي لا يُستدل على أحد.
member-stats-heading = { $dimension ->
    [group] **حسب مجموعة أصحاب المصلحة**
    [region] **حسب المنطقة**
   *[gender] **حسب النوع الاجتماعي**
}
member-stats-line = { $label }: { $count } ({ $share }٪)
member-stats-not-stated = غير مذكور
member-stats-other = أخرى (مجموعات أقل من { $min })
member-stats-other-not-stated = أخرى وغير مذكور (مجموعات أقل من { $min })


## الحسابات المرتبطة
cmd-account-link-summary = اربط حساباتك على عدة منصات في عضو واحد.
cmd-account-link-help = من دون رمز، يعطيك رمز ربط صالحًا لمرة واحدة، في رسالة خاصة فقط (وعلى Discord بأي أمر: لا يراه أحد غيرك). أرسل `!account link CODE` إلى Quorum في رسالة خاصة من حسابك على منصة أخرى خلال 10 دقائق: يصبح الحسابان عضوًا واحدًا، هو العضو الذي طلب الرمز. كل ما كان لدى العضو الآخر (الأدوار والتذكيرات والردود وبنود جدول الأعمال والحضور) ينضم إليه؛ وحيث كان لدى الاثنين الشيء نفسه، يُحتفَظ بما لدى العضو الذي طلب الرمز. يصلح الرمز لمرة واحدة، وتقفله 5 محاولات خاطئة. للعضو حساب واحد على كل منصة. إن كان لدى العضو الآخر سجلات لا يعيدها إلغاء الربط، فستُسأل أولًا: أضف `--yes` للمتابعة.
cmd-account-unlink-summary = ألغِ ربط حسابك على منصة واحدة.
cmd-account-unlink-help = يجعل حسابك على تلك المنصة عضوًا مستقلًا من جديد، بلا أدوار؛ وتبقى سجلاتك وأدوارك مع حساباتك الأخرى. لا يمكن إلغاء ربط حسابك الوحيد.
whoami-account = الحساب على { $platform }: `{ $user }` ({ $name })
account-code-issued = رمز الربط الخاص بك هو `{ $code }`. قبل { $until }، أرسل `!account link { $code }` إلى Quorum في رسالة خاصة من حسابك على منصة أخرى. يصلح لمرة واحدة ويحل محل أي رمز طلبته من قبل.
account-linked = أصبح حسابك على { $platform } `{ $user }` مرتبطًا الآن بالعضو رقم { $id }، الذي لديه هذه الحسابات:
account-merged = كل ما كان لدى العضو رقم { $gone } صار الآن للعضو رقم { $id }؛ وحيث كان لدى الاثنين الشيء نفسه، احتُفظ بما لدى العضو رقم { $id }.
account-linked-notice = رُبط الحساب `{ $user }` على { $platform } بك للتو، أنت العضو رقم { $id }، برمز الربط الذي طلبته. إن لم يكن ذلك أنت، فألغِ ربطه فورًا بالأمر `!account unlink { $platform }`.
account-link-confirm = لدى عضو حسابك، رقم { $gone }، { $count ->
    [one] سجل واحد
    [two] سجلان
    [few] { $count } سجلات
   *[other] { $count } سجلًا
} (الأدوار والتذكيرات والردود وبنود جدول الأعمال والحضور). ينقلها الربط إلى العضو رقم { $id }، الذي طلب الرمز، ولا يعيدها إلغاء الربط لاحقًا. لم يُربط شيء بعد؛ ويبقى الرمز صالحًا حتى تنتهي صلاحيته.
account-confirm-link = اربط وانقلها
account-unlinked = لم يعد حسابك على { $platform } (`{ $user }`) مرتبطًا: صار الآن العضو رقم { $id }، بلا أدوار.
account-unlinked-here = لقد كتبت من ذلك الحساب: من الآن فصاعدًا يتصرف بصفته العضو رقم { $id }.
account-remaining = يحتفظ العضو رقم { $id } بهذه الحسابات:
err-account-link-public = لا تُعطى رموز الربط إلا في رسالة خاصة: أرسل `!account link` إلى Quorum في رسالة خاصة.
err-account-code-public = لا تُستخدم رموز الربط إلا في رسالة خاصة: ربما قرأ آخرون هنا هذا الرمز. إن كان رمزًا صالحًا فلم يعد يعمل؛ اطلب رمزًا جديدًا بالأمر `!account link` في رسالة خاصة.
err-link-code-format = هذا ليس رمز ربط: الرمز ثلاث مجموعات من أربعة أحرف وأرقام، مثل `K7QD-M4XP-9TRW`.
err-link-code-unknown = لا يوجد رمز ربط يبدأ بـ `{ $handle }`. تحقق منه، أو اطلب رمزًا جديدًا بالأمر `!account link` من حسابك الآخر.
err-link-code-used = استُخدم رمز الربط هذا من قبل: الرمز يصلح لمرة واحدة. اطلب رمزًا جديدًا بالأمر `!account link`.
err-link-code-expired = انتهت صلاحية رمز الربط هذا في { $at }: الرمز صالح لمدة 10 دقائق. اطلب رمزًا جديدًا بالأمر `!account link` من الحساب الذي طلبه.
err-link-code-locked = رمز الربط هذا مقفل: جرت عليه { $tries ->
    [one] محاولة خاطئة واحدة
    [two] محاولتان خاطئتان
    [few] { $tries } محاولات خاطئة
   *[other] { $tries } محاولة خاطئة
}، أو أُرسل في غرفة يمكن للآخرين قراءته فيها. على من طلبه أن يطلب رمزًا جديدًا بالأمر `!account link`.
err-link-code-wrong = رمز الربط خاطئ. { $left ->
    [one] محاولة خاطئة واحدة أخرى تقفله.
    [two] محاولتان خاطئتان أخريان تقفلانه.
    [few] { $left } محاولات خاطئة أخرى تقفله.
   *[other] { $left } محاولة خاطئة أخرى تقفله.
}
err-link-code-now-locked = رمز الربط خاطئ. كانت هذه المحاولة الخاطئة رقم { $tries }: أصبح الرمز مقفلًا الآن، وعلى من طلبه أن يطلب رمزًا جديدًا بالأمر `!account link`.
err-link-code-own = هذا الحساب ينتمي أصلًا إلى العضو رقم { $id }، الذي طلب هذا الرمز: لا شيء للربط. أرسل الرمز من حسابك على منصة أخرى.
err-link-code-same-platform = طُلب هذا الرمز على { $platform }: أرسله من حسابك على منصة أخرى.
err-link-platform-taken = لدى كلا العضوين حساب على { $platform }، وللعضو حساب واحد على كل منصة. ألغِ ربط أحدهما أولًا بالأمر `!account unlink { $platform }`؛ ويبقى الرمز صالحًا حتى تنتهي صلاحيته.
err-unlink-none = ليس لديك حساب مرتبط على { $platform }. يعرض `!whoami` حساباتك.
err-unlink-only = حسابك على { $platform } هو حسابك الوحيد: لا شيء لإلغاء ربطه منه.

## Your data
cmd-mydata-summary = الحصول على كل ما يحتفظ به Quorum عنك.
cmd-mydata-help = يرسل إليك على انفراد ملف JSON بكل ما يخزّنه Quorum عنك: إعداداتك وحساباتك وأدوارك وسجلات عضويتك وتذكيراتك وإجاباتك وحضورك وبنود جداول الأعمال وطلباتك وما سجّله سجل التدقيق من أفعالك. لا تُدرج ملاحظات الموظفين عن الأعضاء.
cmd-forgetme-summary = محو بياناتك الشخصية.
cmd-forgetme-help = يمحو ما يحتفظ به Quorum عنك: اسمك ولغتك ومنطقتك الزمنية، وحساباتك (يُفك ربطها)، وأدوارك، وسجلات عضويتك (تبقى مجهولة الهوية، كأعضاء سابقين، لأجل الإحصاءات)، وما كتبته (التذكيرات وبنود جداول الأعمال وإجابات الطلبات). تبقى الإحصاءات مثل الحضور وسجل التدقيق باسم مستعار. يطلب `--yes` أولًا؛ ولا يمكن التراجع عنه.
mydata-ready = إليك كل ما يحتفظ به Quorum عنك في ملف JSON. لا تُدرج ملاحظات الموظفين عن الأعضاء.
forgetme-ask = سيمحو هذا اسمك ولغتك ومنطقتك الزمنية، ويفك ربط حساباتك، ويزيل أدوارك، ويجعل سجلات عضويتك مجهولة الهوية، ويستبدل ما كتبته (التذكيرات وبنود جداول الأعمال وإجابات الطلبات). تحتفظ الإحصاءات وسجل التدقيق باسم مستعار. لا يمكن التراجع عنه: أكِّد بـ `!forgetme --yes`.
forgetme-confirm = امحُ بياناتي
forgetme-done = تم: محا Quorum بياناتك الشخصية. لم تعد حساباتك مرتبطة بأي عضو؛ وإذا كتبت من جديد فستبدأ من الصفر.

## Polls
category-polls = **عمليات التصويت وحقوق التصويت**
cmd-poll-create-summary = فتح تصويت: اختيار واحد أو متعدد، أو ترتيب، أو منح درجات، أو مقترح.
cmd-poll-create-help = يفتح تصويتًا في هذه الغرفة: السؤال، ثم كل خيار (كلمة، أو نص بين علامتي تنصيص؛ من 2 إلى 20). الافتراضي اختيار خيار واحد؛ ويتيح `--multi` للمصوّتين اختيار عدة خيارات (`--min` و`--max`)؛ ويطلب `--ranked` ترتيب الخيارات، وتُفرز الأصوات بطريقة الإعادة الفورية مع عرض كل جولة؛ ويطلب `--score 0-5` درجة لكل خيار؛ ويطلب `--proposal` الإجابة بنعم أو لا أو الامتناع، مع `--majority simple|absolute|2/3` و`--quorum 50%` (أو عدد). ويحفظ `--anonymous` هوية المصوّتين بمعزل عن أوراق الاقتراع: فلا يمكن تغيير ورقة الاقتراع، وتبقى النتائج مخفية حتى الإغلاق. ويقصر `--body SHORT` التصويت على أعضاء الهيئة ذوي العضوية السارية، بصوت واحد لكل عضو أيًّا كانت المنصات التي يستخدمها (تُحدَّد قائمتهم عند فتح التصويت؛ ويحتسب `--weighted` أوزان أصواتهم). ويُغلقه `--closes 48h` أو `--closes "2026-12-10 18:00"` (بتوقيتك) تلقائيًا؛ ويذكّر `--remind 24h` من لم يصوّت، في رسالة خاصة، قبل الإغلاق بتلك المدة.
cmd-poll-vote-summary = الإدلاء بصوتك في تصويت، أو تغييره.
cmd-poll-vote-help = يُدلي بصوتك في تصويت: رقم خيار واحد (`2`)، أو عدة أرقام (`1,3`)، أو ترتيب يبدأ بالخيار المفضّل (`3 1 2`)، أو درجة لكل خيار بالترتيب (`4 0 5`)، أو `yes` أو `no` أو `abstain` في المقترحات. ويحل التصويت مجددًا محل صوتك السابق حتى الإغلاق، إلا في التصويت السري. وإذا كنت تحمل توكيلًا من أحد، فإن `--for @member` يصوّت باسمه، و`--for all` باسم كل من تحمل توكيلاتهم؛ وما دام توكيلك ممنوحًا لغيرك، فلا يمكنك التصويت بنفسك.
poll-ballot-open = ملء ورقة تصويتي
poll-ballot-score = { $option } (0–{ $max })
poll-ballot-ranking = ترتيبك، الأفضل أولًا
cmd-poll-ballot-summary = ملء ورقة تصويت بشكل خاص.
cmd-poll-ballot-help = يعطيك على انفراد ورقة تصويت بالترتيب أو بالدرجات خطوة بخطوة: على Discord قوائم لا يراها غيرك (خيارك الأول، ثم التالي من بين البقية…، أو درجة لكل خيار)، ولا يُدلى بها بـ `!poll vote` إلا حين تؤكد؛ وفي غيره طريقة التصويت. يحمل PICKS ما اخترته حتى الآن (`3,1`، أو الدرجات مع `-` لما لم يُقدَّر بعد: `4,-,0`).
cmd-poll-show-summary = عرض تصويت ونتائجه.
cmd-poll-show-help = يعرض سؤال التصويت وخياراته وعدد الأصوات: فورًا إن لم يكن التصويت سريًا، وبعد الإغلاق إن كان سريًا. وتعرض عمليات التصويت بالترتيب كل جولة من جولات الإعادة الفورية؛ وتبيّن المقترحات هل اعتُمدت ولماذا.
cmd-poll-close-summary = إغلاق تصويت الآن.
cmd-poll-close-help = يُغلق التصويت قبل موعده النهائي وينشر النتيجة في غرفته. ويحق ذلك لمن أنشأه أو لأمانة هيئته أو للمسؤول.
cmd-poll-extend-summary = تأجيل الموعد النهائي لتصويت.
cmd-poll-extend-help = يضيف وقتًا إلى تصويت مفتوح: ابتداءً من موعده النهائي، أو من الآن إن لم يكن له موعد نهائي.
cmd-poll-reopen-summary = إعادة فتح تصويت مغلق.
cmd-poll-reopen-help = يعيد فتح تصويت مغلق؛ وتبقى الأصوات المُدلى بها قائمة. ويحدّد `--closes` موعدًا نهائيًا جديدًا.
cmd-poll-voters-summary = معرفة عدد من يحق لهم التصويت وعدد من صوّتوا.
cmd-poll-voters-help = يبيّن عدد من يحق لهم التصويت في تصويت ما وعدد من صوّتوا. وما دام التصويت مفتوحًا، يسمّي من صوّتوا (ولا يكشف اختياراتهم أبدًا)؛ وفي التصويت السري لا يسمّيهم إلا بعد أن يصوّت ثلاثة على الأقل.
cmd-poll-export-summary = الحصول على نتائج تصويت في ملف CSV.
cmd-poll-export-help = يرسل الخيارات وأعداد أصواتها في ملف CSV؛ وما دام تصويت غير سري مفتوحًا، يتلقى منشئه والأمانة أيضًا ما صوّت به كل شخص.
cmd-poll-list-summary = عرض عمليات التصويت في هذه الغرفة.
cmd-poll-list-help = يعرض عمليات التصويت المفتوحة في هذه الغرفة وفي هيئتها؛ ويعرض `--all` المغلقة أيضًا.
cmd-proxy-give-summary = توكيل عضو آخر بالتصويت عنك.
cmd-proxy-give-help = يمنح توكيلك في هيئة لعضو آخر فيها: فيُدلي بصوتك في عمليات التصويت والانتخابات الخاصة بها (`!poll vote #4 2 --for @you`)، ولا يمكنك التصويت بنفسك ما دام التوكيل قائمًا. توكيل واحد في كل مرة؛ والتوكيل الجديد يحل محل القديم. وينهيه `--until DATE` بعد ذلك اليوم. ولا يجوز للوكيل أن ينقل التوكيل إلى غيره.
cmd-proxy-revoke-summary = سحب توكيلك.
cmd-proxy-revoke-help = يُلغي التوكيل الذي منحته في الهيئة؛ فتعود إلى التصويت بنفسك. ويبقى الصوت الذي أدلى به وكيلك قائمًا إلى أن تصوّت بنفسك.
cmd-proxy-list-summary = عرض التوكيلات التي منحتها والتي تحملها.
cmd-proxy-list-help = يعرض التوكيل الذي منحته والتوكيلات التي تحملها في الهيئة؛ وترى الأمانة كل توكيلات الهيئة.
cmd-member-weight-summary = عرض وزن صوت عضو أو تحديده.
cmd-member-weight-help = يعرض أو يحدّد عدد الأصوات التي يُحتسب بها صوت العضو في عمليات التصويت والانتخابات التي تُفتح في الهيئة مع `--weighted` (1 ما لم يُحدَّد؛ من 0 إلى 1000). للأمانة فقط؛ ويُسجَّل في سجل التدقيق.
param-question = السؤال
param-options = الخيارات، كلٌّ منها كلمة أو نص بين علامتي تنصيص
param-choice = اختيارك: رقم، أو أرقام، أو ترتيب، أو درجات، أو yes/no/abstain
param-member = عضو: رقمه مثل #12، أو @الاسم
param-weight = وزن الصوت، من 0 إلى 1000
param-all = المغلقة أيضًا
param-anonymous = حفظ هوية المصوّتين بمعزل عن أوراق الاقتراع (تصويت سري)
param-closes = موعد الإغلاق: 48h، أو "2026-12-10 18:00"
param-for = التصويت باسم @عضو تحمل توكيله، أو all
param-majority = الأغلبية المطلوبة: simple (بسيطة) أو absolute (مطلقة) أو 2/3
param-max = أكبر عدد من الخيارات يجوز للمصوّت اختياره
param-min = أقل عدد من الخيارات يجوز للمصوّت اختياره
param-multi = السماح للمصوّتين باختيار عدة خيارات
param-proposal = نعم أو لا أو امتناع بشأن مقترح
param-quorum = كم يجب أن يصوّت: 50% أو عدد
param-ranked = يرتّب المصوّتون الخيارات
param-score = يمنح المصوّتون كل خيار درجة، مثل 0-5
param-weighted = احتساب أوزان أصوات الأعضاء
poll-opened = التصويت #{ $id }: **{ $question }** — { $kind } { $who } { $closes }
poll-kind-single = اختر خيارًا واحدًا.
poll-kind-multi = اختر من { $min } إلى { $max } من الخيارات.
poll-kind-ranked = رتّب الخيارات، بدءًا بالأفضل لديك.
poll-kind-score = امنح كل خيار درجة من 0 إلى { $max }.
poll-kind-proposal = نعم أو لا أو امتناع؛ ويلزم لاعتماده أغلبية `{ $majority }`.
poll-who-body = { $count ->
    [zero] لا يوجد في `{ $body }` عضو ذو عضوية سارية يحق له التصويت.
    [one] يصوّت عضو واحد ذو عضوية سارية في `{ $body }`.
    [two] يصوّت عضوان ذوا عضوية سارية في `{ $body }`.
    [few] يصوّت { $count } أعضاء ذوي عضوية سارية في `{ $body }`.
    [many] يصوّت { $count } عضوًا ذا عضوية سارية في `{ $body }`.
   *[other] يصوّت { $count } عضو ذي عضوية سارية في `{ $body }`.
}
poll-who-room = يحق لأي شخص في هذه الغرفة التصويت.
poll-closes-at = يُغلق في { $at }.
poll-closes-never = يبقى مفتوحًا إلى أن يُغلقه أحد.
poll-flag-anonymous = تصويت سري: تُحفظ هوية المصوّتين بمعزل عن أوراق الاقتراع، ولا يمكن تغيير ورقة الاقتراع، وتُعرض النتائج عند الإغلاق، ولا تُعرض أسماء من صوّتوا إلا بعد أن يبلغ عددهم { $floor }.
poll-flag-weighted = تصويت مرجَّح: يُحتسب صوت كل عضو بحسب وزنه.
poll-flag-quorum = النصاب: `{ $quorum }` ممن يحق لهم التصويت.
poll-option = { $number }. { $label }
poll-label = { $text }
poll-yes = نعم
poll-no = لا
poll-abstain = امتناع
poll-how = صوّت بالأمر `!{ $example }`؛ وصوّت مجددًا لتغيير صوتك.
poll-how-anonymous = صوّت بالأمر `!{ $example }`، في رسالة خاصة إن أمكنك: فلا يمكن تغيير ورقة الاقتراع السري بعد الإدلاء بها.
poll-vote-recorded = سُجِّل صوتك في التصويت #{ $id }: { $choice }.
poll-vote-changed = عُدِّل صوتك في التصويت #{ $id }: { $choice }.
poll-vote-for = { $count ->
    [zero] لم يُدلَ بأي صوت بالتوكيل.
    [one] أُدلي بالصوت أيضًا نيابةً عن { $names } بموجب التوكيل الذي تحمله.
    [two] أُدلي بالصوت أيضًا نيابةً عن { $names } بموجب التوكيلين اللذين تحملهما.
    [few] أُدلي بالصوت أيضًا نيابةً عن { $names } ({ $count }) بموجب التوكيلات التي تحملها.
    [many] أُدلي بالصوت أيضًا نيابةً عن { $names } ({ $count }) بموجب التوكيلات التي تحملها.
   *[other] أُدلي بالصوت أيضًا نيابةً عن { $names } ({ $count }) بموجب التوكيلات التي تحملها.
}
poll-vote-cast-for = { $count ->
    [zero] لم يُدلَ بأي صوت بالتوكيل في التصويت #{ $id }.
    [one] أُدلي في التصويت #{ $id } بصوت { $names } بموجب التوكيل الذي تحمله: { $choice }.
    [two] أُدلي في التصويت #{ $id } بصوتَي { $names } بموجب التوكيلين اللذين تحملهما: { $choice }.
    [few] أُدلي في التصويت #{ $id } بأصوات { $names } بموجب التوكيلات التي تحملها: { $choice }.
    [many] أُدلي في التصويت #{ $id } بأصوات { $names } بموجب التوكيلات التي تحملها: { $choice }.
   *[other] أُدلي في التصويت #{ $id } بأصوات { $names } بموجب التوكيلات التي تحملها: { $choice }.
}
poll-ballot-cast = { $count ->
    [1] أُدلي بورقة تصويتك في التصويت رقم { $id }. تُحفظ بمعزل عن اسمك، ولا يمكن تغييرها.
   *[other] أُدلي بـ { $count } من أوراق التصويت في التصويت رقم { $id }. تُحفظ بمعزل عن أي اسم، ولا يمكن تغييرها.
}
poll-header = التصويت #{ $id }: **{ $question }** — { $kind } { $state }
poll-state-open = مفتوح.
poll-state-open-until = مفتوح حتى { $at }.
poll-state-closed = مغلق.
poll-state-closed-at = أُغلق في { $at }.
poll-hidden-until-close = { $count ->
    [zero] لم يُدلَ بأي صوت حتى الآن؛ وتُعرض النتائج عند الإغلاق.
    [one] صوت واحد حتى الآن؛ وتُعرض النتائج عند الإغلاق.
    [two] صوتان حتى الآن؛ وتُعرض النتائج عند الإغلاق.
    [few] { $count } أصوات حتى الآن؛ وتُعرض النتائج عند الإغلاق.
    [many] { $count } صوتًا حتى الآن؛ وتُعرض النتائج عند الإغلاق.
   *[other] { $count } صوت حتى الآن؛ وتُعرض النتائج عند الإغلاق.
}
poll-you-voted = صوتك: { $choice }.
poll-you-voted-anonymous = لقد أدليت بصوتك.
poll-result-line = { $label }: { $count } ({ $percent }%) { $bar }
poll-score-line = { $total ->
    [zero] { $label }: { $total } درجة (المتوسط { $average })
    [one] { $label }: درجة واحدة (المتوسط { $average })
    [two] { $label }: درجتان (المتوسط { $average })
    [few] { $label }: { $total } درجات (المتوسط { $average })
    [many] { $label }: { $total } درجةً (المتوسط { $average })
   *[other] { $label }: { $total } درجة (المتوسط { $average })
}
poll-result-leader = الأكثر تأييدًا: **{ $label }**.
poll-result-tie = تعادلت في الصدارة: **{ $labels }**.
poll-result-no-votes = لم يُدلَ بأي صوت.
poll-result-winner = الخيار الفائز بعد جولات الإعادة الفورية: **{ $label }**.
poll-round = الجولة { $round }: { $standing }؛ { $out } (أوراق اقتراع مستنفدة: { $exhausted })
poll-round-none-out = لم يُستبعد أي خيار
poll-round-out = استُبعد: { $labels }
poll-round-out-lot = استُبعد بالقرعة بين الخيارات المتعادلة: { $labels }
poll-proposal-passed = **اعتُمد**: بلغت الأصوات المؤيدة الأغلبية `{ $majority }`.
poll-proposal-failed-majority = **لم يُعتمد**: لم تبلغ الأصوات المؤيدة الأغلبية `{ $majority }`.
poll-proposal-failed-quorum = **لم يُعتمد**: لم يكتمل النصاب (`{ $quorum }`، أي { $needed })؛ وبلغ عدد المصوّتين { $counted }.
poll-turnout = { $count ->
    [zero] لم يُدلَ بأي صوت.
    [one] صوت واحد.
    [two] صوتان.
    [few] { $count } أصوات.
    [many] { $count } صوتًا.
   *[other] { $count } صوت.
}
poll-turnout-of = صوّت { $count } من أصل { $seats } ({ $percent }%).
poll-turnout-weighted = { $turnout } احتُسبت الأصوات بأوزانها.
poll-closed-title = أُغلق التصويت #{ $id }. النتيجة:
poll-closed-by = أغلقتَ التصويت #{ $id }. النتيجة، وقد نُشرت أيضًا في غرفته:
poll-extended = يُغلق التصويت #{ $id } الآن في { $at }.
poll-reopened = أُعيد فتح التصويت #{ $id }، ويبقى مفتوحًا إلى أن يُغلقه أحد.
poll-reopened-until = أُعيد فتح التصويت #{ $id } حتى { $at }.
poll-voters-title = التصويت #{ $id }: { $turnout }
poll-voter-line = { $name }
poll-voters-withheld = تُعرض أسماء من صوّتوا بعد أن يبلغ عددهم { $floor } على الأقل.
poll-export-ready = التصويت #{ $id } في ملف CSV:
poll-list-title = { $count ->
    [zero] لا توجد عمليات تصويت:
    [one] تصويت واحد:
    [two] عمليتا تصويت:
    [few] { $count } عمليات تصويت:
    [many] { $count } عملية تصويت:
   *[other] { $count } عملية تصويت:
}
poll-list-line = #{ $id } **{ $question }** — { $state }
poll-list-none = لا يوجد تصويت مفتوح هنا. يفتح الأمر `!poll "Question" "A" "B"` تصويتًا جديدًا.
poll-list-none-all = لا توجد عمليات تصويت هنا بعد. يفتح الأمر `!poll "Question" "A" "B"` تصويتًا جديدًا.
poll-reminder = يُغلق التصويت #{ $id } في { $at } ولم تصوّت بعد: **{ $question }**
proxy-given = أصبح توكيلك في `{ $body }` لدى { $holder }، فيُدلى بصوتك من خلاله، ولا يمكنك التصويت بنفسك حتى تلغي التوكيل (`!proxy revoke`).
proxy-given-until = أصبح توكيلك في `{ $body }` لدى { $holder } حتى { $until }، فيُدلى بصوتك من خلاله، ولا يمكنك التصويت بنفسك حتى ذلك الحين أو حتى تلغي التوكيل (`!proxy revoke`).
proxy-revoked = أُلغي توكيلك في `{ $body }`: فعدتَ تصوّت بنفسك.
proxy-list-title = التوكيلات في `{ $body }`:
proxy-list-none = لا يوجد توكيل سارٍ يخصّك في `{ $body }`.
proxy-line = من { $giver } إلى { $holder } (`{ $body }`)
proxy-line-until = من { $giver } إلى { $holder } (`{ $body }`)، حتى { $until }
member-weight-set = أصبح وزن صوت العضو #{ $id } **{ $name }** { $weight }.
member-weight-is = وزن صوت العضو #{ $id } **{ $name }** هو { $weight }.
err-poll-closed = التصويت #{ $id } مغلق.
err-poll-open = التصويت #{ $id } مفتوح بالفعل.
err-poll-option-count = يحتاج التصويت إلى ما بين 2 و{ $max } من الخيارات؛ وفي هذا التصويت { $count }.
err-poll-option-twice = الخيار «{ $option }» مذكور مرتين.
err-poll-proposal-options = خيارات المقترح هي نعم ولا والامتناع: اكتب السؤال فقط.
err-poll-min-max = لا يتوافق `--min { $min }` و`--max { $max }` مع عدد الخيارات ({ $count }).
err-poll-majority-proposal = الخيار `--majority` خاص بالمقترحات (`--proposal`).
err-poll-needs-body = يعتمد `--quorum` و`--weighted` والأغلبية المطلقة على عدد أعضاء هيئة ما: أضف `--body SHORT`.
err-poll-remind-no-close = يتطلّب `--remind` وجود `--closes`: فالتذكير يكون قبل الإغلاق.
err-poll-remind-too-early = سيقع التذكير في وقت مضى: اجعل `--remind` أقصر من المدة المتبقية حتى الإغلاق.
err-poll-choice = «{ $value }» ليس خيارًا: اختر رقمًا من 1 إلى { $count }.
err-poll-choice-twice = الخيار { $choice } مذكور مرتين.
err-poll-choice-count = اختر من { $min } إلى { $max } من الخيارات.
err-poll-single = اختر خيارًا واحدًا فقط.
err-poll-score-count = أعطِ كل خيار من الخيارات، وعددها { $count }، درجة واحدة من 0 إلى { $max }، بالترتيب.
err-poll-score = «{ $value }» ليست درجة من 0 إلى { $max }.
err-poll-proposal-choice = «{ $value }» ليست إجابة عن مقترح: صوّت بـ`yes` أو `no` أو `abstain`.
err-poll-anonymous-cast = سبق أن أدليت بصوتك في التصويت #{ $id }؛ ولا يمكن تغيير ورقة الاقتراع السري.
err-poll-anonymous-cast-for = سبق الإدلاء بورقة اقتراع باسم { $name } في التصويت #{ $id }؛ ولا يمكن تغيير ورقة الاقتراع السري.
err-poll-not-eligible = لا يحق لك المشاركة في التصويت #{ $id }: فهو مقصور على أعضاء هيئته ذوي العضوية السارية عند فتحه.
err-poll-giver-not-eligible = لا يحق لـ{ $name } المشاركة في هذا التصويت، ومن ثم لا يحق ذلك لوكيله أيضًا.
err-poll-proxy-given = منحتَ توكيلك لـ{ $holder }، فهو الذي يصوّت عنك. ألغِ التوكيل أولًا (`!proxy revoke`) لتصوّت بنفسك.
err-poll-no-proxy = لا تحمل توكيلًا من { $name }.
err-poll-no-proxies = لا تحمل توكيلًا من أي شخص يحق له المشاركة في هذا التصويت.
err-poll-proxy-room = تسري التوكيلات في عمليات التصويت الخاصة بهيئة (`--body`)؛ وهذا التصويت خاص بالغرفة.
err-poll-not-yours = لا يحق ذلك إلا لمن أنشأ التصويت #{ $id } أو لأمانة هيئته أو للمسؤول.
err-poll-export-anonymous = لا يمكن تصدير التصويت السري #{ $id } إلا بعد إغلاقه.
err-proxy-self = لا يمكنك منح توكيلك لنفسك.
err-proxy-not-member = لا يمنح التوكيل في `{ $body }` إلا أعضاؤها ذوو العضوية السارية.
err-proxy-holder-not-member = ليس { $name } عضوًا ذا عضوية سارية في `{ $body }`.
err-proxy-chain = منح { $name } توكيله هو لشخص آخر، ولا يجوز نقل التوكيل إلى طرف ثالث.
err-proxy-none = ليس لديك توكيل سارٍ في `{ $body }`.
err-proxy-until-past = لقد مضى ذلك التاريخ.
err-weight-no-record = ليس لـ{ $name } سجل عضوية في هذه الهيئة.
## استطلاعات المواعيد
category-scheduling = **استطلاعات المواعيد**
cmd-when-create-summary = إيجاد الوقت الأنسب للأغلبية: استطلاع على مواعيد مقترحة (`!when`).
cmd-when-create-help = يقترح من 2 إلى 20 موعدًا لاجتماع، كل منها تاريخ ووقت في المنطقة الزمنية المحددة (`--zone`)، جميعها بين علامتي اقتباس ومفصولة بفواصل. يرى كل شخص كل موعد بمنطقته الزمنية ويجيب عن كل منها بنعم أو ربما (عند الضرورة) أو لا؛ وتذكر النتيجة الموعد الأنسب (أكثر نعم وعند الضرورة، ثم أكثر نعم، ثم الأبكر) ومن يستبعده. `--duration` مدة الاجتماع (ساعة واحدة ما لم تُحدَّد). `--closes` يغلق الاستطلاع بعد مدة (`3d`) أو في تاريخ ووقت بمنطقة الاستطلاع الزمنية (`"2027-01-10 12:00"`)، قبل أول موعد، وينشر النتيجة هنا. ينشئ عضو هيئة الغرفة (`member` أو أعلى) استطلاعًا يجيب عنه أعضاء الهيئة ذوو العضوية السارية؛ وينشئ موظفو هيئة أخرى استطلاعًا لها بـ `--body`؛ وفي غرفة بلا هيئة يمكن لأي شخص إنشاء استطلاع يجيب عنه كل من في الغرفة. يُرفض الموعد غير الموجود في المنطقة الزمنية (تقفز عنه الساعة) أو الذي مضى؛ ويُعتمد أول الوقتين للموعد الذي يتكرر (تُرجَع الساعة).
cmd-when-show-summary = عرض استطلاع مواعيد: مواعيده بمنطقتك الزمنية، أو إجاباته، أو نتيجته.
cmd-when-show-help = يعرض كل موعد بمنطقتك الزمنية مع أعداد نعم وعند الضرورة ولا. وما دام الاستطلاع مفتوحًا، يعرض أيضًا من أجاب بماذا (الإجابات ليست سرية) ومن لم يجب بعد؛ وبعد إغلاقه يعرض النتيجة: الموعد الأنسب ومن يستبعده.
cmd-when-answer-summary = الإجابة عن استطلاع مواعيد: نعم أو ربما أو لا لكل موعد.
cmd-when-answer-help = يعطي إجابة واحدة لكل موعد، بترتيب الاستطلاع، مفصولة بفواصل: `yes` (نعم) أو `maybe` (عند الضرورة) أو `no` (لا)، أو حروفها الأولى `y` و`m` و`n`. الإجابة من جديد تحل محل إجاباتك حتى يُغلق الاستطلاع. يجيب عن استطلاع الهيئة أعضاؤها ذوو العضوية السارية كما يحسبهم النصاب؛ وعن استطلاع غرفة بلا هيئة أي شخص فيها.
cmd-when-close-summary = إغلاق استطلاع مواعيد ونشر نتيجته.
cmd-when-close-help = يغلق الاستطلاع قبل موعده النهائي ويعطي نتيجته: الموعد الأنسب، ومن يستبعده، وأعداد كل موعد. لمن أنشأه ولموظفي هيئته وللمسؤولين. ولا يفعل موعده النهائي بعد ذلك شيئًا.
cmd-when-list-summary = عرض استطلاعات المواعيد المفتوحة هنا.
cmd-when-list-help = يعرض استطلاعات المواعيد المفتوحة لهيئة الغرفة (أو لهذه الغرفة إن لم تكن لها هيئة)، مع عدد من أجاب عن كل منها.
cmd-when-schedule-summary = تحويل موعد من استطلاع مواعيد إلى اجتماع.
cmd-when-schedule-help = يجدول اجتماعًا لهيئة الاستطلاع في الموعد المحدد (رقمه في الاستطلاع)، بعنوان الاستطلاع ومنطقته الزمنية ومدته والتذكير المعتاد قبل ساعة، تمامًا كما يفعل `!meeting schedule`؛ ثم يُغلق الاستطلاع ويُعلَّم بأنه مجدول. لمن أنشأ الاستطلاع ولموظفي هيئته وللمسؤولين.
param-slots = المواعيد بين علامتي اقتباس: "2027-01-12 14:00, 2027-01-13 09:00"
param-slot = رقم الموعد في الاستطلاع، مثل 2
when-created = استطلاع المواعيد #{ $id }: { $title } ({ $duration }). أي هذه الأوقات يناسبك؟
when-slot-line = { $number }. { $time }
when-ambiguous = الموعد { $number }: يتكرر الوقت { $local } مرتين في { $zone } تلك الليلة (تُرجَع الساعة)؛ ويعتمد الاستطلاع أولهما.
when-how-body = يجيب أعضاء `{ $body }` عن كل موعد بالترتيب بـ yes (نعم) أو maybe (عند الضرورة) أو no (لا): `!when answer #{ $id } { $example }`
when-how-room = يمكن لأي شخص هنا أن يجيب عن كل موعد بالترتيب بـ yes (نعم) أو maybe (عند الضرورة) أو no (لا): `!when answer #{ $id } { $example }`
when-closes = يُغلق الاستطلاع في { $time }؛ ويمكن تغيير الإجابات حتى ذلك الحين.
when-no-deadline = يمكن تغيير الإجابات حتى يُغلق الاستطلاع بـ `!when close #{ $id }`.
when-show-open = استطلاع المواعيد #{ $id }: { $title } ({ $duration })، مفتوح.
when-show-open-until = استطلاع المواعيد #{ $id }: { $title } ({ $duration })، مفتوح حتى { $time }.
when-grid-line = { $number }. { $time } — نعم { $yes } · عند الضرورة { $maybe } · لا { $no }
when-show-no-answers = لا إجابات بعد.
when-show-voters = { $count ->
    [zero] لم يجب أحد:
    [one] أجاب شخص واحد:
    [two] أجاب شخصان:
    [few] أجاب { $count } أشخاص:
    [many] أجاب { $count } شخصًا:
   *[other] أجاب { $count } شخص:
}
when-voter-line = { $name }: { $answers }
when-legend = ✅ نعم · ❔ عند الضرورة · ❌ لا
when-show-silent = لم يجيبوا بعد ({ $count }): { $names }
when-show-closed = استطلاع المواعيد #{ $id }: { $title }، مُغلق.
when-show-scheduled = استطلاع المواعيد #{ $id }: { $title }، مجدول بصفته الاجتماع #{ $meeting }.
when-closed = أُغلق استطلاع المواعيد #{ $id } «{ $title }».
when-best = الأنسب: الموعد { $number }، { $time } (نعم { $yes }، عند الضرورة { $maybe }).
when-best-none = لم يحصل أي موعد على نعم أو عند الضرورة.
when-left-out = { $count ->
    [zero] لا يستبعد أحدًا:
    [one] يستبعد شخصًا واحدًا:
    [two] يستبعد شخصين:
    [few] يستبعد { $count } أشخاص:
    [many] يستبعد { $count } شخصًا:
   *[other] يستبعد { $count } شخص:
}
when-left-no = { $name } (أجاب بلا)
when-left-silent = { $name } (لم يجب)
when-left-none = لا يستبعد أحدًا.
when-grid-title = كل المواعيد:
when-schedule-choice = حوّل الموعد { $number } إلى اجتماع
when-answered = إجاباتك عن استطلاع المواعيد #{ $id } «{ $title }»:
when-answered-again = تغيّرت إجاباتك عن استطلاع المواعيد #{ $id } «{ $title }»:
when-answer-line = { $number }. { $time }: { $answer ->
    [yes] نعم
    [maybe] عند الضرورة
   *[no] لا
}
when-list-none = لا يوجد استطلاع مواعيد مفتوح هنا. يبدأ `!when "TITLE" --slots "DATE TIME, DATE TIME" --zone ZONE` استطلاعًا.
when-list-title = { $count ->
    [zero] لا استطلاعات مواعيد مفتوحة:
    [one] استطلاع مواعيد مفتوح واحد:
    [two] استطلاعا مواعيد مفتوحان:
    [few] { $count } استطلاعات مواعيد مفتوحة:
    [many] { $count } استطلاعًا مفتوحًا للمواعيد:
   *[other] { $count } استطلاع مواعيد مفتوح:
}
when-list-line = #{ $id } · { $title } · { $answered ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $answered } إجابات
    [many] { $answered } إجابة
   *[other] { $answered } إجابة
}
when-list-line-closes = #{ $id } · { $title } · { $answered ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $answered } إجابات
    [many] { $answered } إجابة
   *[other] { $answered } إجابة
} · يُغلق في { $time }
when-scheduled = أُغلق استطلاع المواعيد #{ $id }: أصبح الموعد { $number } الاجتماع #{ $meeting }.
err-when-slot-count = يقترح استطلاع المواعيد من { $min } إلى { $max } موعدًا؛ وعدد المواعيد المُعطاة { $count }.
err-when-slot-twice = الموعد { $slot } مذكور مرتين.
err-when-closes-late = سيُغلق الاستطلاع في { $closes }، بعد أن يبدأ أول موعد فيه ({ $first }): حدِّد `--closes` أبكر.
err-when-not-voter = يجيب عن استطلاع المواعيد #{ $id } أعضاء `{ $body }` ذوو العضوية السارية، ولست محسوبًا منهم.
err-when-not-open = استطلاع المواعيد #{ $id } مُغلق: لم يعد يقبل إجابات.
err-when-answer-count = عدد مواعيد استطلاع المواعيد #{ $id } هو { $slots }: أعطِ إجابة واحدة لكل موعد بالترتيب (عدد الإجابات المُعطاة { $given }).
err-when-not-yours = لا يمكن ذلك إلا لمن أنشأ استطلاع المواعيد #{ $id } أو لموظفي هيئته أو لمسؤول.
err-when-already-closed = استطلاع المواعيد #{ $id } مُغلق بالفعل.
err-when-scheduled = استطلاع المواعيد #{ $id } مجدول بالفعل بصفته الاجتماع #{ $meeting }.
err-when-no-slot = في استطلاع المواعيد #{ $id } المواعيد من 1 إلى { $slots }: لا يوجد موعد رقمه { $number }.

## Minutes
category-minutes = **المحاضر**
cmd-startmeeting-summary = بدء تدوين محضر اجتماع في هذه الغرفة.
cmd-startmeeting-help = يبدأ المحضر هنا وتكون أنت رئيس الجلسة. إذا كان اجتماع لهذه الغرفة جاريًا أو سيبدأ خلال 30 دقيقة، فالمحضر تابع له وجدول أعماله يعطي المواضيع. اجتماع واحد في كل غرفة في آن واحد، وينتهي من تلقاء نفسه بعد ساعتين بلا أي سطر.
cmd-topic-summary = الانتقال إلى موضوع جديد (رئيس الجلسة)؛ `!topic next` يأخذ البند التالي من جدول الأعمال.
cmd-topic-help = يدوّن موضوعًا جديدًا في المحضر ويعلنه. `!topic next` ينتقل إلى البند التالي من جدول أعمال الاجتماع.
cmd-info-summary = تدوين معلومة في المحضر.
cmd-info-help = يضيف معلومة إلى المحضر؛ يستطيع ذلك أي مشارك.
cmd-idea-summary = تدوين فكرة في المحضر.
cmd-idea-help = يضيف فكرة إلى المحضر؛ يستطيع ذلك أي مشارك.
cmd-agreed-summary = تسجيل قرار (رئيس الجلسة؛ وأيضًا `!decision`).
cmd-agreed-help = يسجّل ما اتفق عليه الاجتماع. لرئيس الجلسة فقط.
cmd-rejected-summary = تسجيل ما رفضه الاجتماع (رئيس الجلسة).
cmd-rejected-help = يسجّل اقتراحًا رفضه الاجتماع. لرئيس الجلسة فقط.
cmd-action-summary = تسجيل مهمة ومن يتولاها (رئيس الجلسة).
cmd-action-help = يسجّل مهمة لشخص أو أكثر تُذكر أسماؤهم أولًا؛ ومن لا يعرفه Quorum بعد يُحفظ باسمه. `--due` يحدد موعد الاستحقاق.
cmd-link-summary = إضافة رابط إلى المحضر.
cmd-link-help = يضيف رابط http أو https مع وصف اختياري؛ يستطيع ذلك أي مشارك.
cmd-chair-summary = جعل شخص من رؤساء الجلسة (رئيس الجلسة).
cmd-chair-help = يسجّل رؤساء الجلسة القرارات والرفض والمهام والمواضيع، ويتراجعون عن آخر بند لهم، وينهون الاجتماع.
cmd-unchair-summary = إعفاء شخص من رئاسة الجلسة (رئيس الجلسة).
cmd-unchair-help = يعفي شخصًا من رئاسة الجلسة؛ ويبقى للاجتماع رئيس واحد على الأقل.
cmd-undo-summary = حذف آخر بند لك من المحضر (رئيس الجلسة).
cmd-undo-help = يحذف آخر بند سجّلته؛ ويبقى سطره في السجل.
cmd-here-summary = تسجيل حضورك.
cmd-here-help = يسجّلك حاضرًا؛ وفي الاجتماع المجدول يكون ذلك أيضًا ردّك على نداء الحضور.
cmd-endmeeting-summary = إنهاء الاجتماع ونشر ملخّصه (رئيس الجلسة).
cmd-endmeeting-help = ينهي المحضر وينشر القرارات والمهام حسب المسؤول والحاضرين، ويحفظ المحضر الكامل في الأرشيف.
cmd-minutes-list-summary = عرض محاضر هذه الغرفة وهيئتها (`!minutes`).
cmd-minutes-list-help = يعرض أحدث المحاضر، الأحدث أولًا.
cmd-minutes-show-summary = عرض ملخّص محضر.
cmd-minutes-show-help = يعرض قرارات محضر منتهٍ ومهامه وحاضريه، وهل اعتُمد.
cmd-minutes-get-summary = الحصول على المحضر الكامل ملفًا.
cmd-minutes-get-help = يعطي المحضر الكامل بصيغة Markdown (الافتراضية) أو HTML أو نص عادي، وكل بند مربوط بسطره في السجل.
cmd-minutes-search-summary = البحث في المحاضر.
cmd-minutes-search-help = يجد المحاضر التي يحتوي عنوانها أو أحد بنودها على النص.
cmd-minutes-edit-summary = تصحيح بند من المحضر (رئيس الجلسة، قبل الاعتماد).
cmd-minutes-edit-help = يستبدل نص بند من محضر منتهٍ لم يُعتمد بعد؛ ويُسجَّل التغيير في سجل التدقيق.
cmd-minutes-approve-summary = اعتماد محضر (رئيس الجلسة).
cmd-minutes-approve-help = يعتمد محضرًا منتهيًا؛ ولا يمكن تعديل المحضر المعتمد بعد ذلك.
param-url = العنوان، ويبدأ بـ https://
param-due = موعد الاستحقاق، مثل 2026-12-20
param-format = md أو html أو txt
err-minutes-direct = يُدوَّن المحضر في غرفة الاجتماع، لا في محادثة خاصة.
err-minutes-none = لا يُدوَّن محضر أي اجتماع في هذه الغرفة. ابدأ واحدًا بـ `!startmeeting`.
err-minutes-not-chair = لا يفعل هذا إلا رئيس هذا الاجتماع: من بدأه، أو من أضافهم من رؤساء، أو موظفو هيئة هذه الغرفة، أو المسؤول.
err-minutes-running = محضر الاجتماع #{ $id } «{ $title }» يُدوَّن هنا بالفعل؛ أنهِه أولًا بـ `!endmeeting`.
err-minutes-no-agenda = ليس لهذا الاجتماع جدول أعمال يؤخذ منه الموضوع التالي؛ اذكر الموضوع بنفسك.
err-minutes-agenda-done = تمت مناقشة كل بنود جدول الأعمال.
err-minutes-chair-already = { $who } من رؤساء الجلسة بالفعل.
err-minutes-not-a-chair = { $who } ليس من رؤساء هذا الاجتماع.
err-minutes-last-chair = يحتاج الاجتماع إلى رئيس واحد على الأقل.
err-minutes-nothing-to-undo = لم يبقَ لك بند تتراجع عنه.
err-minutes-still-running = المحضر #{ $id } لا يزال قيد التدوين.
err-minutes-approved = المحضر #{ $id } معتمد ولا يمكن تغييره.
err-minutes-no-item = ليس في المحضر #{ $id } بند رقم { $item }.
minutes-untitled = اجتماع
minutes-started = 📝 بدأ المحضر #{ $id } «{ $title }».
minutes-linked = وهو تابع للاجتماع #{ $meeting } بتاريخ { $time }.
minutes-agenda = { $count ->
    [one] في جدول الأعمال بند واحد؛ `!topic next` ينتقل إليه:
    [two] في جدول الأعمال بندان؛ `!topic next` ينتقل إليهما بالترتيب:
    [few] في جدول الأعمال { $count } بنود؛ `!topic next` ينتقل إليها بالترتيب:
   *[other] في جدول الأعمال { $count } بندًا؛ `!topic next` ينتقل إليها بالترتيب:
}
minutes-agenda-line = { $position }. { $text }
minutes-started-help = رؤساء الجلسة: `!topic` و`!agreed` و`!rejected` و`!action @المسؤول …` و`!undo` و`!endmeeting`. الجميع: `!info` و`!idea` و`!link` و`!here`.
minutes-topic = 📌 الموضوع: { $text }
minutes-kind-topic = موضوع
minutes-kind-info = معلومة
minutes-kind-idea = فكرة
minutes-kind-agreed = تقرّر
minutes-kind-rejected = رُفض
minutes-kind-action = مهمة
minutes-kind-link = رابط
minutes-noted = ✓ دُوّن ({ $kind }) بندًا رقم { $item }.
minutes-chair-added = أصبح { $who } من رؤساء هذا الاجتماع.
minutes-chair-removed = لم يعد { $name } من رؤساء هذا الاجتماع.
minutes-undone = ↩ حُذف البند { $item } ({ $kind }).
minutes-here = ✓ سُجّل حضورك.
minutes-here-already = حضورك مسجّل بالفعل.
minutes-ended = 📝 انتهى المحضر #{ $id } «{ $title }» ({ $lines ->
    [one] سطر واحد
    [two] سطران
    [few] { $lines } أسطر
   *[other] { $lines } سطرًا
} في السجل).
minutes-summary-decisions = { $count ->
    [0] **القرارات**: لا شيء.
   *[other] **القرارات** ({ $count }):
}
minutes-summary-item = { $text }
minutes-summary-rejected = **المرفوض** ({ $count }):
minutes-summary-actions = { $count ->
    [0] **المهام**: لا شيء.
   *[other] **المهام** ({ $count }):
}
minutes-summary-action = { $owner }: { $text }
minutes-summary-action-due = { $owner }: { $text } (تستحق في { $due })
minutes-summary-attendees = { $count ->
    [0] **الحاضرون**: لم يكتب أحد `!here`.
   *[other] **الحاضرون** ({ $count }): { $names }
}
minutes-summary-next = الاجتماع القادم: #{ $meeting }، { $time }.
minutes-summary-get = المحضر الكامل: `!minutes get #{ $id }` (md أو html أو txt).
minutes-ended-idle = انتهى الاجتماع من تلقاء نفسه بعد { $hours ->
    [one] ساعة
    [two] ساعتين
    [few] { $hours } ساعات
   *[other] { $hours } ساعة
} بلا أي سطر.
minutes-list-title = { $count ->
    [one] محضر واحد:
    [two] محضران:
    [few] { $count } محاضر:
   *[other] { $count } محضرًا:
}
minutes-list-empty = لا محاضر هنا بعد.
minutes-list-line = #{ $id } «{ $title }»، { $time } (مسودة)
minutes-list-line-approved = #{ $id } «{ $title }»، { $time } (معتمد)
minutes-search-title = { $count ->
    [one] محضر واحد يذكر «{ $text }»:
    [two] محضران يذكران «{ $text }»:
    [few] { $count } محاضر تذكر «{ $text }»:
   *[other] { $count } محضرًا تذكر «{ $text }»:
}
minutes-search-none = لا يوجد محضر يذكر «{ $text }».
minutes-status-approved = اعتُمد في { $time }.
minutes-status-draft = لم يُعتمد بعد.
minutes-file = المحضر #{ $id } «{ $title }».
minutes-edited = أصبح نص البند { $item } من المحضر #{ $id }: { $text }
minutes-approved = ✅ اعتُمد المحضر #{ $id } «{ $title }».
minutes-doc-started = البداية
minutes-doc-ended = النهاية
minutes-doc-chairs = رؤساء الجلسة
minutes-doc-approved = الاعتماد
minutes-doc-draft = لم يُعتمد بعد
minutes-doc-attendees = الحاضرون
minutes-doc-items = البنود
minutes-doc-decisions = القرارات
minutes-doc-actions = المهام
minutes-doc-due = تستحق في
minutes-doc-log = السجل الكامل

## أوراق التصويت خطوة بخطوة
param-picks = ما اخترته حتى الآن: خيارات بالترتيب مثل 3,1، أو درجات مثل 4,-,0
param-cancel = وضع ورقة التصويت جانبًا دون تصويت
poll-ballot-rank-placeholder = الخيار رقم { $place }
poll-ballot-ranked-so-far = ترتيبك حتى الآن: { $choice }
poll-ballot-ranked-ready = ترتيبك: { $choice }. أدلِ به، أو ابدأ من جديد.
poll-ballot-score-step = أعطِ كل خيار درجة من 0 إلى { $max } (الخيارات من { $from } إلى { $to } من أصل { $count }).
poll-ballot-score-line = { $option }: { $score }
poll-ballot-score-missing = { $count ->
    [zero] لا يوجد خيار ينتظر درجته.
    [one] ما زال خيار واحد ينتظر درجته.
    [two] ما زال خياران ينتظران درجتيهما.
    [few] ما زالت { $count } خيارات تنتظر درجاتها.
    [many] ما زال { $count } خيارًا ينتظر درجته.
   *[other] ما زال { $count } خيار ينتظر درجته.
}
poll-ballot-confirm = أدلِ بهذا الصوت
poll-ballot-restart = ابدأ من جديد
poll-ballot-cancel = إلغاء
poll-ballot-next = الخيارات التالية
poll-ballot-back = الخيارات السابقة
poll-ballot-cancelled = لم يُدلَ بشيء: وُضعت ورقة تصويتك في التصويت رقم { $id } جانبًا.
err-poll-ballot-page = { $count ->
    [zero] ورقة التصويت رقم { $id } بلا صفحات.
    [one] لورقة التصويت رقم { $id } صفحة واحدة.
    [two] لورقة التصويت رقم { $id } صفحتان: اذكر الصفحة 1 أو 2.
    [few] لورقة التصويت رقم { $id } { $count } صفحات: اذكر صفحة من 1 إلى { $count }.
    [many] لورقة التصويت رقم { $id } { $count } صفحة: اذكر صفحة من 1 إلى { $count }.
   *[other] لورقة التصويت رقم { $id } { $count } صفحة: اذكر صفحة من 1 إلى { $count }.
}
err-poll-ballot-steps = يُصوَّت في التصويت رقم { $id } بخطوة واحدة، بالأمر `!poll vote #{ $id } …`: لا تقبل ورقته اختيارات جزئية.
## Action items
cmd-actions-list-summary = عرض المهام المفتوحة (لهذه الهيئة أو لشخص واحد).
cmd-actions-list-help = يعرض المهام المفتوحة لهيئة هذه الغرفة (أو للهيئة المذكورة بـ `--body`)، الأقرب استحقاقًا أولًا، ولكل مهمة رقمها والمكلفون بها وموعد استحقاقها بتوقيتك والمحضر الذي جاءت منه. اذكر شخصًا لترى مهامه وحده؛ و`--overdue` يُبقي المتأخرة فقط. في المحادثة الخاصة يعرض مهامك أنت.
cmd-actions-show-summary = عرض مهمة مع تعليقاتها.
cmd-actions-show-help = يعرض مهمة: المكلفين بها، وموعد استحقاقها، والمحضر الذي جاءت منه، وهل أُنجزت، وكل التعليقات عليها.
cmd-actions-done-summary = تسجيل مهمة على أنها أُنجزت.
cmd-actions-done-help = يُغلق مهمة: تخرج من القوائم ومن جداول الأعمال التالية وتتوقف تذكيراتها. يحق ذلك للمكلفين بها ولرؤساء اجتماعها ولأمانة هيئتها؛ ويُسجَّل التغيير في سجل التدقيق.
cmd-actions-reassign-summary = إسناد مهمة إلى شخص آخر.
cmd-actions-reassign-help = يجعل شخصًا واحدًا المكلف الوحيد بالمهمة. من لا يعرفه Quorum بعد يُحفظ باسمه ولا تصله تذكيرات. يحق ذلك للمكلفين بها ولرؤساء اجتماعها ولأمانة هيئتها؛ ويُسجَّل التغيير في التدقيق.
cmd-actions-due-summary = تحديد موعد استحقاق مهمة أو إلغاؤه.
cmd-actions-due-help = يحدد موعد استحقاق المهمة (نهاية ذلك اليوم بتوقيتك)، أو `none` لإلغائه. يتلقى المكلفون تذكيرًا خاصًا قبله بيوم وعند فواته. يحق ذلك للمكلفين بها ولرؤساء اجتماعها ولأمانة هيئتها؛ ويُسجَّل التغيير في التدقيق.
cmd-actions-comment-summary = التعليق على مهمة.
cmd-actions-comment-help = يضيف تعليقًا على مهمة يظهر في `!action show`. يحق ذلك للمكلفين بها ولرؤساء اجتماعها ولأمانة هيئتها؛ ويُسجَّل التغيير في التدقيق.
param-overdue = المهام التي فات موعد استحقاقها فقط
actions-title = { $count ->
    [one] مهمة مفتوحة واحدة:
    [two] مهمتان مفتوحتان:
    [few] { $count } مهام مفتوحة:
    [many] { $count } مهمة مفتوحة:
   *[other] { $count } مهمة مفتوحة:
}
actions-title-overdue = { $count ->
    [one] مهمة واحدة فات موعدها:
    [two] مهمتان فات موعدهما:
    [few] { $count } مهام فات موعدها:
    [many] { $count } مهمة فات موعدها:
   *[other] { $count } مهمة فات موعدها:
}
actions-none = لا مهام مفتوحة.
actions-none-overdue = لا مهمة مفتوحة فات موعدها.
actions-hint = التفاصيل والتعليقات: `!action show ID`؛ وعند الإنجاز: `!action done ID`.
action-line = #{ $id } { $text } — { $owners } · { $due } · المحضر #{ $minutes }
action-due-on = تستحق في { $time }
action-due-overdue = ⚠ متأخرة منذ { $time }
action-due-none = بلا موعد استحقاق
action-unreminded = محفوظون بأسمائهم فقط، فلا تصلهم تذكيرات حتى ينضموا إلى Quorum: { $names }.
action-show-title = المهمة #{ $id }: { $text }
action-show-owners = المكلفون: { $owners } · { $due }
action-show-source = من المحضر #{ $minutes } «{ $title }»، البند { $item }.
action-show-open = مفتوحة. عند الإنجاز: `!action done #{ $id }`.
action-show-done = ✅ أُنجزت في { $time } وسجّلها { $name }.
action-show-comments = { $count ->
    [0] لا تعليقات بعد.
    [one] تعليق واحد:
    [two] تعليقان:
    [few] { $count } تعليقات:
    [many] { $count } تعليقًا:
   *[other] { $count } تعليق:
}
action-comment-line = { $time } — { $name }: { $text }
action-done = ✅ أُنجزت المهمة #{ $id }: { $text }
action-reassigned = أصبحت المهمة #{ $id } مسندة إلى { $name }.
action-due-set = أصبح موعد استحقاق المهمة #{ $id } في { $time }.
action-due-cleared = لم يعد للمهمة #{ $id } موعد استحقاق.
action-commented = 💬 أُضيف تعليق على المهمة #{ $id }.
action-reminder-soon = ⏰ تستحق المهمة #{ $id } في { $time }: { $text } (المحضر #{ $minutes } «{ $title }»). عند الإنجاز: `!action done #{ $id }`.
action-reminder-overdue = ⚠ كان موعد المهمة #{ $id } في { $time } وما زالت مفتوحة: { $text } (المحضر #{ $minutes } «{ $title }»). عند الإنجاز: `!action done #{ $id }`؛ ولموعد جديد: `!action due #{ $id } DATE`.
err-action-not-yours = لا يغيّر المهمة #{ $id } إلا أحد المكلفين بها أو رئيس اجتماعها أو أمانة هيئتها أو مدير.
err-action-not-found = لا توجد هنا مهمة #{ $id }؛ تعرضها `!actions`.
err-action-done-already = المهمة #{ $id } أُنجزت من قبل.
err-action-owner-already = المهمة #{ $id } مسندة أصلًا إلى { $name } وحده.
err-action-due-past = { $date } قد مضى: يجب أن يكون موعد الاستحقاق اليوم أو بعده.
agenda-open-actions = { $count ->
    [one] مهمة مفتوحة واحدة من اجتماعات سابقة:
    [two] مهمتان مفتوحتان من اجتماعات سابقة:
    [few] { $count } مهام مفتوحة من اجتماعات سابقة:
    [many] { $count } مهمة مفتوحة من اجتماعات سابقة:
   *[other] { $count } مهمة مفتوحة من اجتماعات سابقة:
}
minutes-summary-open-actions = **المهام المفتوحة** من اجتماعات سابقة ({ $count }):
minutes-doc-open-actions = المهام المفتوحة من اجتماعات سابقة
minutes-doc-from = المحضر
minutes-action-numbered = ✓ دُوّنت المهمة #{ $action } بندًا رقم { $item }، لـ { $owners }.
## Motions, speaking time, posting minutes and approval by poll
cmd-motion-open-summary = طرح اقتراح للتصويت في الاجتماع (`!motion النص`).
cmd-motion-open-help = يسجّل اقتراحًا في المحضر ويفتح التصويت عليه (نعم أو لا أو امتناع) بين الحاضرين. اقتراح واحد في كل مرة؛ ويُغلقه الرئيس.
cmd-motion-vote-summary = التصويت على الاقتراح المفتوح: نعم أو لا أو امتناع.
cmd-motion-vote-help = يسجّل صوتك بالاسم على الاقتراح المفتوح؛ لا يصوّت إلا من سُجّل حاضرًا (`!here`). يمكنك تغيير صوتك حتى إغلاق التصويت.
cmd-motion-count-summary = تسجيل تصويت برفع الأيدي على الاقتراح المفتوح (الرئيس).
cmd-motion-count-help = يسجّل عدد الأيدي المؤيدة والمعارضة والممتنعة؛ ويُحتسب عند الإغلاق بدل الأصوات بالاسم.
cmd-motion-close-summary = إغلاق التصويت على الاقتراح المفتوح وتسجيل نتيجته (الرئيس).
cmd-motion-close-help = يحتسب التصويت برفع الأيدي، وإلا فالأصوات بالاسم، وفق الأغلبية المطلوبة: بسيطة (نعم أكثر من لا، وهي الافتراضية)، أو مطلقة (نعم من أكثر من نصف الحاضرين)، أو 2/3 (ثلثا أصوات نعم ولا).
cmd-minutes-post-summary = نشر محضر معتمد في كل غرف الهيئة (الرئيس).
cmd-minutes-post-help = يرفق روابط جدول الأعمال والنص المكتوب والتسجيل المعطاة، وينشر المحضر المعتمد مرة واحدة، ملخّصًا وملفًا، في كل غرفة من غرف الهيئة.
param-ayes = عدد الأيدي المؤيدة
param-noes = عدد الأيدي المعارضة
param-abstentions = عدد الممتنعين
param-agenda = عنوان جدول الأعمال، يبدأ بـ https://
param-transcript = عنوان النص المكتوب، يبدأ بـ https://
param-recording = عنوان التسجيل، يبدأ بـ https://
param-poll = الاعتماد باقتراع على مقترح بين أعضاء الهيئة
err-motion-open = هناك اقتراح مطروح للتصويت بالفعل (البند { $item }: { $text })؛ أغلقه أولًا بـ `!motion close`.
err-motion-none = لا يوجد اقتراح مطروح للتصويت في هذا الاجتماع. اطرح واحدًا بـ `!motion النص`.
err-motion-counted = سُجّل تصويت برفع الأيدي على الاقتراح (البند { $item })؛ فلم تعد الأصوات بالاسم تُحتسب.
err-motion-not-present = لا يصوّت على الاقتراح إلا الحاضرون: اكتب `!here` أولًا.
err-motion-no-hands = يحتاج التصويت برفع الأيدي إلى يد واحدة على الأقل: أعطِ عدد المؤيدين والمعارضين والممتنعين، مثل `!motion count 12 3 1`.
err-motion-no-votes = لم يصوّت أحد بعد على الاقتراح (البند { $item }): يصوّت الحاضرون بـ `!motion vote yes|no|abstain`، أو يسجّل الرئيس تصويتًا برفع الأيدي بـ `!motion count`.
motion-opened = 🗳 يقترح { $name } (البند { $item }): { $text }
motion-how = يصوّت الحاضرون بـ `!motion vote yes|no|abstain`؛ ويمكن للرئيس تسجيل تصويت برفع الأيدي بـ `!motion count مؤيدون معارضون ممتنعون` ثم إغلاق التصويت بـ `!motion close [--majority simple|absolute|2/3]`.
motion-voted = ✓ صوتك على الاقتراح (البند { $item }): { $choice }.
motion-choice-yes = نعم
motion-choice-no = لا
motion-choice-abstain = امتناع
motion-counted = ✋ التصويت برفع الأيدي على الاقتراح (البند { $item }): نعم { $yes }، لا { $no }، امتناع { $abstain }.
motion-carried = ✅ أُقرّ الاقتراح (البند { $item }): { $text } — نعم { $yes }، لا { $no }، امتناع { $abstain } ({ $majority }، { $how }).
motion-failed = ❌ لم يُقرّ الاقتراح (البند { $item }): { $text } — نعم { $yes }، لا { $no }، امتناع { $abstain } ({ $majority }، { $how }).
motion-majority-simple = أغلبية بسيطة
motion-majority-absolute = أغلبية مطلقة
motion-majority-two-thirds = أغلبية الثلثين
motion-by-hands = برفع الأيدي
motion-by-name = بالاسم
minutes-kind-motion = اقتراح
minutes-summary-motions = **الاقتراحات** ({ $count }):
minutes-summary-motion-open = اقتراح لم يُطرح للتصويت (البند { $item }): { $text }
minutes-summary-speakers = **وقت الكلام** ({ $count }):
minutes-summary-speaker = { $name }: { $time } ({ $turns ->
    [one] مداخلة واحدة
    [two] مداخلتان
    [few] { $turns } مداخلات
   *[other] { $turns } مداخلة
})
minutes-doc-motions = الاقتراحات
minutes-doc-motion-carried = أُقرّ
minutes-doc-motion-failed = لم يُقرّ
minutes-doc-motion-open = لم يُطرح للتصويت
minutes-doc-motion-result = { $outcome }: نعم { $yes }، لا { $no }، امتناع { $abstain } ({ $majority }، { $how }؛ الحاضرون { $present })
minutes-doc-moved-by = مقدّم الاقتراح: { $name }
minutes-doc-speakers = المتكلمون
minutes-doc-speaking-time = وقت الكلام
minutes-doc-agenda = جدول الأعمال
minutes-doc-transcript = النص المكتوب
minutes-doc-recording = التسجيل
err-minutes-post-unapproved = المحضر #{ $id } غير معتمد بعد، فلا يمكن نشره. اعتمده أولًا بـ `!minutes approve #{ $id }` (أو باقتراع الهيئة مع `--poll`).
err-minutes-posted = نُشر المحضر #{ $id } من قبل.
minutes-post-title = 📝 المحضر المعتمد #{ $id } «{ $title }»
minutes-post-agenda = جدول الأعمال: { $url }
minutes-post-transcript = النص المكتوب: { $url }
minutes-post-recording = التسجيل: { $url }
minutes-posted = 📤 نُشر المحضر #{ $id } في { $rooms ->
    [one] غرفة واحدة
    [two] غرفتين
    [few] { $rooms } غرف
   *[other] { $rooms } غرفة
}.
err-minutes-poll-no-body = لا يُعتمد باقتراع إلا محضر غرفة تابعة لهيئة؛ ويمكن للرئيس اعتماد هذا المحضر بـ `!minutes approve ID`.
err-minutes-poll-open = الاقتراع #{ $poll } على اعتماد المحضر #{ $id } ما زال مفتوحًا.
minutes-approval-question = هل يُعتمد المحضر #{ $id } «{ $title }»؟
minutes-approval-poll = 🗳 فُتح الاقتراع #{ $poll }: إن أُقرّ اعتُمد المحضر #{ $id }.
minutes-approved-by-poll = ✅ اعتُمد المحضر #{ $id } «{ $title }» بالاقتراع #{ $poll }.

## Elections

category-elections = **الانتخابات**
cmd-election-create-summary = فتح انتخابات في مرحلة الترشيح (موظفو الهيئة).
cmd-election-create-help = يفتح انتخابات في هيئة: العنوان، و`--seats N`، و`--method plurality|approval|irv|stv|schulze` (يُفرز STV كما ينص عليه Scottish Local Government Elections Order 2007؛ وتشغل الجولة الفورية مقعدًا واحدًا)، و`--roll SHORT` (أعضاء الهيئة ذوو العضوية السارية) أو `--roll SHORT-exec` (لجنتها فقط). يبدأ الترشيح أولًا: مع `--nominations 7d` يُفتح التصويت تلقائيًا بعد انقضاء تلك المدة، وإلا فتحه الموظفون بالأمر `!election open ID`. ويحدّد `--voting 7d` مدة التصويت. ويلزم `--quorum 50%` (أو عدد من أوراق التصويت) لكي تُعتمد النتيجة؛ ويحتسب `--weighted` أوزان أصوات الأعضاء؛ ويشترط `--seconded` مؤيِّدًا لكل ترشيح. وتُسجَّل كل خطوة في سجل تدقيق الهيئة.
cmd-election-list-summary = عرض انتخابات هيئاتك.
cmd-election-list-help = يعرض الانتخابات غير المغلقة بعد لهيئة هذه الغرفة وللهيئات التي تنتمي إليها؛ ويعرض `--all` المغلقة منها أيضًا.
cmd-election-show-summary = عرض انتخابات: مرحلتها ومرشحيها ومواعيدها النهائية.
cmd-election-show-help = يعرض انتخابات: طريقتها ومقاعدها، وما وصلت إليه، والمرشَّحين (أو المرشحين مرقَّمين كما في ورقة التصويت)، وما ينبغي فعله بعد ذلك.
cmd-election-open-summary = إغلاق باب الترشيح وفتح التصويت الآن (الموظفون).
cmd-election-open-help = يغلق باب الترشيح ويفتح التصويت فورًا، طوال المدة المحددة في `--voting` للانتخابات. ويُرقَّم المرشحون الذين قبلوا ترشيحهم (وحظوا بالتأييد، حيث يُشترط) بترتيب ترشيحهم، ويُعتمد سجل الناخبين: أعضاء الهيئة ذوو العضوية السارية في هذه اللحظة. وإذا لم يزد عدد المرشحين على عدد المقاعد، فازوا بالتزكية ولا يجري تصويت.
cmd-election-close-summary = إغلاق التصويت الآن وفرز الأصوات (الموظفون).
cmd-election-close-help = يغلق التصويت قبل موعده النهائي ويفرز أوراق التصويت. وتُنشر النتيجة وكل جولة من جولات الفرز ولوحة الإعلانات (أوراق التصويت في ملف BLT وقائمة بصمات الإيصالات) في غرف الهيئة.
cmd-election-results-summary = عرض فرز انتخابات مغلقة، جولةً جولة.
cmd-election-results-help = يعرض نتيجة انتخابات مغلقة: نسبة المشاركة، ومن فاز، وكل جولة من جولات الفرز (الحصة، والأصوات، والتحويلات، والاستبعادات، والأصوات غير القابلة للتحويل؛ ومصفوفة المقارنات الثنائية وأقوى المسارات في طريقة شولتسه)، وملفات لوحة الإعلانات، ليتمكن أي شخص من إعادة الفرز بالأمر `quorum tally`.
cmd-election-roll-summary = عرض عدد المسجَّلين في سجل ناخبي الانتخابات (الموظفون: أسماؤهم).
cmd-election-roll-help = يعرض حجم سجل الناخبين المعتمد عند فتح التصويت. ويرى موظفو الهيئة أيضًا الأسماء ومن صوّت — دون أن يروا أبدًا كيف صوّت.
cmd-election-turnout-summary = عرض عدد من صوّتوا حتى الآن، والنصاب.
cmd-election-turnout-help = يعرض عدد من صوّتوا من المسجَّلين في سجل الناخبين، وهل اكتمل النصاب.
cmd-election-ballot-summary = ملء ورقة تصويتك خطوة بخطوة، على انفراد.
cmd-election-ballot-help = يفتح ورقة تصويتك على انفراد: على Discord قائمة لاختيارك الأول، ثم لاختيارك التالي من بين الباقين، وهكذا، ولا يُدلى بها إلا بعد تأكيدك؛ وفي المنصات الأخرى المرشحون وطريقة التصويت بالأمر `!ballot`. ويحمل PICKS الاختيارات التي أُجريت حتى الآن (`3,1`).
cmd-nominate-summary = ترشيح عضو (أو نفسك) في انتخابات مفتوحة للترشيح.
cmd-nominate-help = يرشّح عضوًا ذا عضوية سارية في الهيئة. ترشيحك لنفسك يُعدّ قبولًا فوريًا؛ ويقبل غيرك الترشيح بالأمر `!accept ID`. ويمكن حذف ID إذا كانت لهيئة الغرفة انتخابات واحدة فقط مفتوحة للترشيح.
cmd-second-summary = تأييد ترشيح، حيث تشترط الانتخابات ذلك.
cmd-second-help = يؤيّد ترشيح شخص ما في انتخابات فُتحت مع `--seconded`. ولا يجوز للمرشَّح ولا لمن رشّحه تأييد الترشيح.
cmd-accept-summary = قبول ترشيحك.
cmd-accept-help = يقبل ترشيحك: فتصبح مرشحًا عند إغلاق باب الترشيح (وبعد تأييد ترشيحك، حيث يُشترط).
cmd-withdraw-summary = سحب ترشيحك (الموظفون: ترشيح أي شخص).
cmd-withdraw-help = يسحب ترشيحك أنت، أو ترشيح شخص آخر إن كنت من الموظفين، ما دام باب الترشيح مفتوحًا.
cmd-ballot-summary = الإدلاء بورقة تصويتك السرية في انتخابات، في محادثة خاصة.
cmd-ballot-help = يُدلي بورقة تصويتك: أرقام المرشحين، بدءًا بالمفضّل (`3 1 2`)، ورقم واحد في الأغلبية النسبية، والأرقام التي توافق عليها في التصويت بالموافقة. ولا يكون ذلك إلا في محادثة خاصة مع Quorum (غرفة مباشرة مشفّرة على Matrix، وأمر الشرطة المائلة على Discord): فإن كُتب في غرفة مشتركة رُفض وحُذف. وتحصل على رمز إيصال يُعرض مرة واحدة: احتفظ به. ومع `--receipt CODE` تستبدل ورقة التصويت التي أُدلي بها بذلك الإيصال، حتى الإغلاق. وإذا كنت تحمل توكيلًا من أحد، فإن `--for @member` يُدلي بورقة تصويته، و`--for all` بورقة عن كل واحد منهم، لكل منها إيصالها الخاص.
cmd-verify-summary = التحقق من ورقة التصويت التي أُعطي عنها رمز إيصال.
cmd-verify-help = يعرض ورقة التصويت المحفوظة برمز إيصالك، كما ستُحتسب (أو احتُسبت). على انفراد فقط. وبعد الإغلاق تظهر بصمتها على لوحة الإعلانات مع ورقة التصويت.
election-method-plurality = الأغلبية النسبية
election-method-approval = التصويت بالموافقة
election-method-irv = الجولة الفورية
election-method-stv = الصوت الواحد المتحوّل (اسكتلندا 2007)
election-method-schulze = شولتسه
election-phase-nominations = باب الترشيح مفتوح حتى يفتح الموظفون التصويت.
election-phase-nominations-until = باب الترشيح مفتوح حتى { $at }.
election-phase-voting-until = التصويت مفتوح حتى { $at }.
election-phase-closed = مغلقة.
election-phase-closed-at = أُغلقت في { $at }.
election-header = الانتخابات #{ $id }: **{ $title }** (`{ $body }`) — { $seats ->
    [zero] لا مقاعد
    [one] مقعد واحد
    [two] مقعدان
    [few] { $seats } مقاعد
    [many] { $seats } مقعدًا
   *[other] { $seats } مقعد
}، { $method }. { $phase }
election-candidate-standing = مرشح
election-candidate-not-accepted = لم يقبل بعد
election-candidate-not-seconded = لم يُؤيَّد بعد
election-candidate-withdrawn = انسحب
election-candidate-line = { $name } — { $state }
election-candidate-numbered = { $number }. { $name }
election-quota = الحصة: `{ $quota }`
election-round-first = **الجولة { $round }**: التفضيلات الأولى.
election-round-approvals = **الجولة { $round }**: الموافقات.
election-round-surplus = **الجولة { $round }**: يُحوَّل فائض { $name } (`{ $votes }`).
election-round-exclusion = **الجولة { $round }**: يُستبعد من نال أقل الأصوات: { $names }؛ وتنتقل أوراق التصويت التي كانت لهم إلى التفضيل التالي.
election-round-winner = **الجولة { $round }**: يفوز { $name } من بين من لم يُنتخبوا بعد.
election-round-exhausted = الأصوات غير القابلة للتحويل حتى الآن: `{ $votes }`
election-round-elected = المنتخَبون: { $names }
election-tie = تعادل بين { $between }: { $chosen }، { $how }
election-tie-earlier = بحسب الأصوات في الجولة { $round }.
election-tie-lot = بالقرعة (السحب { $draw } من البذرة `{ $seed }`).
election-pairwise = التفضيلات الثنائية (الصف مقابل العمود):
election-strongest-paths = أقوى المسارات:
election-created = 🗳 باب الترشيح مفتوح في الانتخابات #{ $id } «{ $title }».
election-how-to-nominate = رشّح بالأمر `!nominate #{ $id } @member` (ويمكنك ترشيح نفسك)؛ ويقبل المرشَّحون بالأمر `!accept #{ $id }`.
election-list-none = لا تجري أي انتخابات في هيئاتك.
election-list-none-all = لا توجد انتخابات في هيئاتك.
election-list-title = { $count ->
    [zero] لا توجد عمليات انتخابية:
    [one] عملية انتخابية واحدة:
    [two] عمليتان انتخابيتان:
    [few] { $count } عمليات انتخابية:
    [many] { $count } عملية انتخابية:
   *[other] { $count } عملية انتخابية:
}
election-no-nominees = لم يُرشَّح أحد بعد.
election-how-to-vote = صوّت على انفراد: أرسل إليّ `!ballot #{ $id } …` في محادثة مباشرة (على Discord: `/ballot` أو `/election ballot`). ورقة تصويتك سرية، وتحصل على إيصال للتحقق منها أو استبدالها.
election-you-voted = لقد صوّتَّ في الانتخابات #{ $id }.
election-outcome-no-candidates = أُغلقت الانتخابات #{ $id } دون تصويت: لم يترشح أحد.
election-outcome-not-quorate = لم يكتمل نصاب الانتخابات #{ $id }: لم يُنتخب أحد. وتُنشر أوراق التصويت رغم ذلك.
election-outcome-unopposed = أُغلقت الانتخابات #{ $id } دون تصويت: فاز { $names } بالتزكية.
election-outcome-counted = أُغلقت الانتخابات #{ $id } وفُرزت أصواتها: `!election results #{ $id }`.
election-closed-title = 🗳 الانتخابات #{ $id } «{ $title }» — النتيجة
election-voting-open = 🗳 التصويت مفتوح في الانتخابات #{ $id } «{ $title }» حتى { $at }.
election-roll-size = { $count ->
    [zero] لا أحد في سجل الناخبين.
    [one] في سجل الناخبين عضو واحد.
    [two] في سجل الناخبين عضوان.
    [few] في سجل الناخبين { $count } أعضاء.
    [many] في سجل الناخبين { $count } عضوًا.
   *[other] في سجل الناخبين { $count } عضو.
}
election-ballot-open = صوّت على انفراد
election-bulletin = لوحة إعلانات الانتخابات #{ $id }: كل ورقة تصويت تحت بصمة إيصالها، وأوراق التصويت بصيغة BLT. أعد الفرز بالأمر `quorum tally election-{ $id }-ballots.blt --method …`؛ وأُجريت أي قرعة من البذرة `{ $seed }`.
election-turnout = { $roll ->
    [zero] صوّت { $voted } من أصل { $roll } في سجل الناخبين.
    [one] صوّت { $voted } من أصل ناخب واحد في سجل الناخبين.
    [two] صوّت { $voted } من أصل ناخبَين اثنين في سجل الناخبين.
    [few] صوّت { $voted } من أصل { $roll } ناخبين في سجل الناخبين.
    [many] صوّت { $voted } من أصل { $roll } ناخبًا في سجل الناخبين.
   *[other] صوّت { $voted } من أصل { $roll } ناخب في سجل الناخبين.
}
election-turnout-weight = الوزن: { $voted } من أصل { $roll }.
election-elected = { $count ->
    [0] لم يُنتخب أحد.
    [zero] لم يُنتخب أحد.
    [one] المنتخَب: **{ $names }**
    [two] المنتخَبان بالترتيب: **{ $names }**
    [few] المنتخَبون بالترتيب: **{ $names }**
    [many] المنتخَبون بالترتيب: **{ $names }**
   *[other] المنتخَبون بالترتيب: **{ $names }**
}
election-method-line = طريقة الفرز: { $method }، لشغل { $seats ->
    [zero] { $seats } مقعد.
    [one] مقعد واحد.
    [two] مقعدين.
    [few] { $seats } مقاعد.
    [many] { $seats } مقعدًا.
   *[other] { $seats } مقعد.
}
election-roll-title = { $count ->
    [zero] لا يضم سجل الناخبين في الانتخابات #{ $id } أي عضو.
    [one] يضم سجل الناخبين في الانتخابات #{ $id } عضوًا واحدًا.
    [two] يضم سجل الناخبين في الانتخابات #{ $id } عضوين.
    [few] يضم سجل الناخبين في الانتخابات #{ $id } { $count } أعضاء.
    [many] يضم سجل الناخبين في الانتخابات #{ $id } { $count } عضوًا.
   *[other] يضم سجل الناخبين في الانتخابات #{ $id } { $count } عضو.
}
election-roll-weight = وزنهم الإجمالي: { $weight }.
election-roll-line = { $name }
election-roll-line-voted = { $name } ✔ صوّت
election-quorum-met = اكتمل النصاب ({ $needed }).
election-quorum-short = النصاب { $needed }: يلزم { $missing } بعد.
election-nominated = رُشّح { $name } في الانتخابات #{ $id } «{ $title }».
election-nominee-accepts = يصبح { $name } مرشحًا متى قبل بالأمر `!accept #{ $id }`.
election-needs-seconder = يحتاج الترشيح إلى مؤيِّد: `!second #{ $id } @member`.
election-seconded = أُيِّد ترشيح { $name } في الانتخابات #{ $id }.
election-accepted = يقبل { $name } الترشيح في الانتخابات #{ $id } «{ $title }».
election-withdrawn = سُحب ترشيح { $name } من الانتخابات #{ $id }.
election-ballot-cast = { $count ->
    [zero] أُدلي بـ{ $count } ورقة تصويت في الانتخابات #{ $id }: { $ballot }
    [one] أُدلي بورقة تصويتك في الانتخابات #{ $id }: { $ballot }
    [two] أُدلي بورقتَي تصويت في الانتخابات #{ $id }: { $ballot }
    [few] أُدلي بـ{ $count } أوراق تصويت في الانتخابات #{ $id }: { $ballot }
    [many] أُدلي بـ{ $count } ورقة تصويت في الانتخابات #{ $id }: { $ballot }
   *[other] أُدلي بـ{ $count } ورقة تصويت في الانتخابات #{ $id }: { $ballot }
}
election-receipt = إيصالك: `{ $code }`
election-receipt-for = إيصال { $name }: `{ $code }`
election-receipt-keep = احتفظ بالإيصال: فهو لا يُعرض إلا هذه المرة ولا يُحفظ في أي مكان. يعرض `!verify CODE` ورقة التصويت كما ستُحتسب؛ ويستبدلها `!ballot #{ $id } … --receipt CODE` حتى { $at }. لا يستطيع أحد، ولا الموظفون، معرفة أي ورقة تصويت هي ورقتك.
election-ballot-replaced = استُبدلت ورقة تصويتك في الانتخابات #{ $id }: { $ballot }
election-ballot-until = يمكن استبدالها بإيصالها حتى { $at }.
election-ballot-header = الانتخابات #{ $id }: **{ $title }** — { $method }
election-ballot-hint-one = صوّت لمرشح واحد: `!ballot #{ $id } N`، هنا، على انفراد.
election-ballot-hint-approval = صوّت لكل مرشح توافق عليه: `!ballot #{ $id } 1 3`، هنا، على انفراد.
election-ballot-hint-ranked = رتّب المرشحين الذين تريدهم، بدءًا بالمفضّل: `!ballot #{ $id } 3 1 2`، هنا، على انفراد.
election-verified = عُثر على الإيصال، الانتخابات #{ $id } «{ $title }»: { $ballot }
election-verified-weight = الوزن: { $weight }.
election-verified-closed = احتُسبت كما هي معروضة؛ وعلى لوحة إعلانات الانتخابات #{ $id } تبدأ بصمتها بـ`{ $hash }`.
election-reminder = تُغلق الانتخابات #{ $id } «{ $title }» في { $at } ولم تصوّت بعد.
err-election-irv-seats = تشغل الجولة الفورية مقعدًا واحدًا، لا { $seats }: استخدم `--method stv` لعدة مقاعد.
err-election-not-nominating = باب الترشيح غير مفتوح في الانتخابات #{ $id }.
err-election-not-voting = التصويت غير مفتوح في الانتخابات #{ $id }.
err-election-results-at-close = لم تُغلق الانتخابات #{ $id } بعد: تصدر نتائجها عند الإغلاق.
err-election-no-roll-yet = لا سجل ناخبين للانتخابات #{ $id } بعد: يُعتمد عند فتح التصويت.
err-election-which = حدّد الانتخابات: `#ID` (`!election list`).
err-election-none-nominating = لا توجد انتخابات في `{ $body }` مفتوحة للترشيح.
err-election-several = عدة انتخابات مفتوحة للترشيح ({ $ids }): حدّد أيّها.
err-election-not-member = لا يحق ذلك إلا لأعضاء `{ $body }` ذوي العضوية السارية.
err-election-nominee-not-member = ليس { $name } عضوًا ذا عضوية سارية في `{ $body }`.
err-election-too-many = لا يتجاوز عدد المرشَّحين في الانتخابات { $max }.
err-election-nominated-already = { $name } مرشَّح بالفعل في الانتخابات #{ $id }.
err-election-not-nominee = ليس { $name } مرشَّحًا في الانتخابات #{ $id }.
err-election-no-seconding = لا تشترط الانتخابات #{ $id } تأييد الترشيحات.
err-election-seconded-already = ترشيح { $name } مؤيَّد بالفعل.
err-election-second-self = يؤيّد الترشيحَ شخصٌ غير المرشَّح ومن رشّحه.
err-election-not-nominated-you = لست مرشَّحًا في الانتخابات #{ $id }.
err-election-accepted-already = لقد قبلت ترشيحك في الانتخابات #{ $id } من قبل.
err-election-empty-ballot = يجب أن تسمّي ورقة التصويت مرشحًا واحدًا على الأقل.
err-election-one-choice = لا تقبل هذه الانتخابات إلا اختيارًا واحدًا في كل ورقة تصويت.
err-election-voted = لقد صوّتَّ من قبل في الانتخابات #{ $id }. لتغيير ورقة تصويتك، استخدم إيصالها: `!ballot #{ $id } … --receipt CODE`.
err-election-voted-for = أُدلي بورقة تصويت { $name } من قبل.
err-election-not-on-roll = لست في سجل ناخبي الانتخابات #{ $id }: فقد اعتُمد من أعضاء الهيئة ذوي العضوية السارية عند فتح التصويت.
err-election-giver-not-on-roll = ليس { $name } في سجل الناخبين، ومن ثم لا يحق لوكيله التصويت عنه.
err-election-no-proxies = لا تحمل توكيلًا من أي شخص بقيت له ورقة تصويت في الانتخابات #{ $id }.
err-election-ballot-public = أوراق التصويت سرية: ليس هنا. أرسل إليّ `!ballot #{ $id } …` في محادثة مباشرة (على Discord، استخدم `/ballot`). وتُحذف رسالتك هنا حيث أستطيع حذفها.
err-election-receipt-public = رمز الإيصال سري: أرسل إليّ `!verify CODE` في محادثة مباشرة (على Discord، استخدم `/verify`). وتُحذف رسالتك هنا حيث أستطيع حذفها.
err-election-receipt-unknown = هذا الإيصال لا يخص أيًّا من أوراق التصويت في الانتخابات #{ $id }.
err-election-receipt-bad = هذا ليس رمز إيصال: فهو يتألف من 32 حرفًا ورقمًا، في مجموعات من أربعة.
err-election-receipt-not-found = لا توجد ورقة تصويت بهذا الإيصال.
election-ballot-cancelled = لم يُدلَ بأي صوت: وُضعت بطاقتك في الانتخابات #{ $id } جانبًا.
param-seats = عدد المقاعد المطلوب شغلها (1–50)
param-method = طريقة فرز البطاقات: plurality أو approval أو irv أو stv أو schulze
param-roll = من يصوّت: أعضاء الهيئة (SHORT) أو لجنتها التنفيذية (SHORT-exec)
param-nominations = مدة الترشيحات قبل أن يبدأ التصويت تلقائيًا، مثل 7d
param-election-create-voting = مدة التصويت بعد بدئه، مثل 7d
param-seconded = يحتاج كل ترشيح إلى مؤيِّد
param-receipt = رمز إيصال البطاقة المراد استبدالها
param-verify-code = رمز إيصالك، مثل ABCD-EFGH-…
