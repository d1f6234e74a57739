# Quorum — español (Spanish). Every key here must exist in every locale, with the same variables.

## Generic

usage = Uso:
err-internal = Algo ha fallado por nuestra parte; no se ha modificado nada. Vuelva a intentarlo dentro de un momento.
err-command-too-old = Su orden { $command } (enviada { $sent }, mientras Quorum estaba desconectado) no se ejecutó: las órdenes se ejecutan con un retraso máximo de { $limit }. Vuelva a enviarla si todavía la necesita.
notice-command-interrupted = Su orden { $command } se ejecutó, pero Quorum se reinició antes de poder responder. Compruebe el resultado antes de volver a enviarla.
notice-interaction-too-late = Su orden { $command } llegó a Quorum demasiado tarde para que Discord aceptara una respuesta (Discord da tres segundos), así que no se ejecutó. Vuelva a enviarla si todavía la necesita.

## Parse errors

err-empty = Escriba un comando después del prefijo, por ejemplo `!help`.
err-unknown-command = No conozco el comando `{ $name }`. Escriba `!help` para ver la lista.
err-unknown-command-suggest = No conozco el comando `{ $name }`. ¿Quería decir `{ $suggestion }`?
err-unknown-subcommand = El comando `{ $command }` no tiene el subcomando `{ $name }`.
err-missing = Falta: `{ $name }`.
err-unexpected = No esperaba «{ $text }» aquí.
err-unterminated-quote = Hay unas comillas sin cerrar.
err-unknown-flag = Opción desconocida: `{ $flag }`.
err-flag-needs-value = La opción `{ $flag }` necesita un valor.
err-flag-twice = La opción `{ $flag }` aparece dos veces.
err-bad-duration = «{ $value }» no es una duración. Use, por ejemplo, `90m`, `2h`, `7d` o `1h30m`.
err-bad-date = «{ $value }» no es una fecha. Use el formato año-mes-día, por ejemplo `2026-12-01`.
err-bad-time = «{ $value }» no es una hora. Use horas:minutos en formato de 24 horas, por ejemplo `09:00`.
err-bad-id = «{ $value }» no es un número. Use, por ejemplo, `3` o `#3`.
err-bad-cron = La expresión `{ $value }` no es una programación cron válida: necesita cinco campos, minuto hora día mes día-de-la-semana, por ejemplo `0 9 * * 1-5` (o seis, con un campo de segundos a 0 delante: `0 0 9 * * 1-5`).
err-bad-cron-field = La expresión `{ $value }` no es una programación cron válida: el campo { $field ->
    [minute] de los minutos (0–59)
    [hour] de las horas (0–23)
    [day] del día del mes (1–31)
    [month] del mes (1–12 o jan–dec)
   *[weekday] del día de la semana (0–7 o sun–sat; 0 y 7 son el domingo)
} no es válido.
err-bad-repeat = «{ $value }» no es una repetición que yo entienda. Pruebe con `every weekday at 09:00`, `every 2 weeks on tuesday` o `monthly on the first thursday`.
err-too-long = El campo `{ $name }` es demasiado largo: tiene { $len } caracteres y se permite un máximo de { $max ->
    [one] { $max } carácter
   *[other] { $max } caracteres
}.
err-empty-text = El campo `{ $name }` está vacío.
err-control-chars = El campo `{ $name }` contiene caracteres invisibles o de control; elimínelos, por favor.
err-bad-choice = «{ $value }» no es un valor válido para `{ $name }`. Elija uno de estos: { $allowed }.
err-unknown-zone = «{ $value }» no es una zona horaria que yo conozca. Use un nombre como `Europe/Zurich` o una ciudad como `Geneva`.
err-unknown-zone-suggest = «{ $value }» no es una zona horaria que yo conozca. ¿Quería decir `{ $suggestion }`?

## Refusals

err-forbidden = Esto requiere el rol `{ $role }`.
err-forbidden-in = Esto requiere el rol `{ $role }` en `{ $body }`.
err-not-found = No se ha encontrado { $kind ->
    [application] la solicitud
    [question] la pregunta
    [reminder] el recordatorio
    [meeting] la reunión
    [when] la encuesta de fecha
    [body] el órgano
    [send] el envío
    [poll] la votación
    [agenda-poll] la encuesta de orden del día
     [election] la elección
   *[other] el elemento
} `{ $id }`.
err-no-body-here = Esta sala aún no está vinculada a ningún órgano. El personal puede vincularla con `!body link SHORT`.
err-past-time = { $time } ({ $zone }) ya ha pasado.
err-time-in-gap = { $time } no existe en { $zone }: los relojes se saltan esa hora. Elija una hora fuera del cambio horario.
err-never-fires = Esa programación no se activa nunca.

## Help

help-intro = **Comandos de Quorum.** Escriba `!help COMMAND` para ver detalles y ejemplos.
help-needs-role = Requiere el rol `{ $role }`.
help-examples = Ejemplos:
category-general = **General**
category-settings = **Su configuración**
category-bodies = **Órganos y roles**
category-reminders = **Recordatorios**
category-audit = **Auditoría**

cmd-help-summary = Mostrar los comandos o los detalles de uno de ellos.
cmd-help-help = Sin comando, enumera todo lo que Quorum puede hacer. Con un comando, muestra cómo escribirlo, quién puede usarlo y algunos ejemplos.
cmd-tz-summary = Ver o establecer su zona horaria.
cmd-tz-help = Todas las horas que Quorum le muestra están en su zona horaria. Indique un nombre IANA como `Europe/Zurich` o una ciudad como `Geneva` o `New York`.
cmd-lang-summary = Ver o establecer su idioma.
cmd-lang-help = Quorum habla árabe (ar), inglés (en), español (es), francés (fr), ruso (ru) y chino (zh). La elección solo le afecta a usted.
cmd-whoami-summary = Mostrar lo que Quorum sabe de usted.
cmd-whoami-help = Muestra su número de miembro, sus cuentas vinculadas, su zona horaria, su idioma y sus roles. La respuesta se le envía en privado.
cmd-body-create-summary = Crear un órgano (circunscripción, comité, grupo).
cmd-body-create-help = Asigna al órgano un nombre completo y un nombre corto que se usa en los comandos. Solo los administradores pueden crear órganos.
cmd-body-link-summary = Vincular esta sala a un órgano.
cmd-body-link-help = Los comandos de una sala vinculada actúan sobre ese órgano, y en ella se aplican los roles de sus miembros.
cmd-role-grant-summary = Asignar a una persona un rol en un órgano.
cmd-role-grant-help = Roles, de mayor a menor poder: admin, staff, exec, member, applicant, guest. El rol staff puede asignar hasta exec; solo admin puede asignar staff o admin. Si no se indica el órgano, se usa el de la sala.
cmd-role-revoke-summary = Retirar un rol a una persona.
cmd-role-revoke-help = Se aplican las mismas reglas que para asignarlo.
cmd-remind-summary = Crear un recordatorio para usted, para otra persona o para esta sala.
cmd-remind-help = `me` se lo recuerda a usted en privado, `@user` se lo recuerda a esa persona en privado y `here` lo publica en esta sala. Indique un plazo (`in 2h`), una fecha y hora (`at 2026-12-01 09:00 Europe/Zurich`), una repetición (`every weekday at 09:00 Geneva`) o una programación cron (`--cron "0 9 * * 1-5"`, lunes = 1); una zona tras la hora indica qué reloj se sigue (sin zona, se usa la suya). Las repeticiones siguen la hora local también en los cambios de horario de verano.
cmd-reminders-summary = Listar los recordatorios que puede ver.
cmd-reminders-help = Muestra sus recordatorios, los creados para usted y los de esta sala, con sus números.
cmd-reminder-cancel-summary = Cancelar un recordatorio.
cmd-reminder-cancel-help = Puede cancelar sus propios recordatorios y los creados para usted; el personal puede cancelar los de esta sala.
cmd-audit-verify-summary = Comprobar que el registro de auditoría no ha sido alterado.
cmd-audit-verify-help = Vuelve a calcular la cadena de hashes de cada acción del personal registrada e indica la primera línea modificada o eliminada.

## Settings

tz-current = Su zona horaria es `{ $zone }`; allí son ahora las { $local }.
tz-set = Su zona horaria es ahora `{ $zone }`; allí son las { $local }.
lang-current = Su idioma es `{ $lang }`. Idiomas disponibles: { $choices }.
lang-set = A partir de ahora le responderé en español.
whoami-title = Lo que Quorum sabe de { $who }:
whoami-member = Miembro n.º { $id }
whoami-zone = Zona horaria: `{ $zone }`
whoami-lang = Idioma: `{ $lang }`
whoami-admin = Administrador de Quorum
whoami-no-roles = Todavía no tiene roles en ningún órgano
whoami-role = `{ $role }` en `{ $body }`

## Bodies and roles

body-exists = Ya existe un órgano con el nombre corto `{ $short }`.
body-created = Se ha creado el órgano **{ $name }** (`{ $short }`). Vincule una sala a él con `!body link { $short }`.
body-link-direct = Una conversación privada no se puede vincular a un órgano.
body-linked = Esta sala está ahora vinculada a **{ $name }** (`{ $short }`).
role-granted = { $user } tiene ahora el rol `{ $role }` en `{ $body }`.
role-already = { $user } ya tiene el rol `{ $role }` en `{ $body }`.
role-revoked = { $user } ya no tiene el rol `{ $role }` en `{ $body }`.
role-not-held = { $user } no tiene el rol `{ $role }` en `{ $body }`.
body-link-already = Esta sala ya está vinculada a **{ $name }** (`{ $short }`).
body-link-taken = Esta sala está vinculada a **{ $name }** (`{ $short }`); solo el personal de `{ $short }` puede vincularla a otro órgano.
body-relinked = Esta sala está ahora vinculada a **{ $name }** (`{ $short }`) y ya no a **{ $previous_name }** (`{ $previous_short }`).
body-reminder-interval = En las salas de **{ $name }** (`{ $short }`), los recordatorios de un miembro pueden publicar como máximo una vez cada `{ $interval }`.
body-reminder-interval-default = En las salas de **{ $name }** (`{ $short }`), los recordatorios de un miembro pueden publicar como máximo una vez cada `{ $interval }` (valor predeterminado).
body-reminder-interval-set = A partir de ahora, los recordatorios de un miembro pueden publicar en las salas de **{ $name }** (`{ $short }`) como máximo una vez cada `{ $interval }`.
cmd-body-reminder-interval-summary = Ver o fijar con qué frecuencia los recordatorios de un miembro pueden publicar en las salas del órgano.
cmd-body-reminder-interval-help = Un miembro no puede hacer que Quorum publique en una sala del órgano con más frecuencia, contando todos sus recordatorios en esa sala (por defecto `15m`, de `1m` a `7d`); el personal y los administradores sí pueden. Cualquiera puede ver el intervalo; lo fija el personal del órgano.
param-interval = El tiempo mínimo entre dos publicaciones, como 15m o 1h

## Audit

audit-ok = El registro de auditoría está intacto: { $count ->
    [one] { $count } entrada comprobada
   *[other] { $count } entradas comprobadas
}.
audit-broken = El registro de auditoría ha sido alterado: la cadena se rompe en la entrada { $seq } (de { $count }).

## Reminders

reminder-set = Recordatorio #{ $id } programado para el { $time }: { $text }
reminder-set-repeat = Recordatorio #{ $id } programado ({ $repeat }), por primera vez el { $time }: { $text }
reminders-none = No tiene recordatorios aquí.
reminders-title = { $count ->
    [one] { $count } recordatorio:
   *[other] { $count } recordatorios:
}
reminder-line = #{ $id } · { $time } · { $target ->
    [me] para usted
    [here] para esta sala
    [room] para la sala «{ $room }»
   *[user] para { $who }
} · { $text }
reminder-line-repeat = #{ $id } · próximo: { $time } ({ $repeat }) · { $target ->
    [me] para usted
    [here] para esta sala
    [room] para la sala «{ $room }»
   *[user] para { $who }
} · { $text }
reminder-cancelled = Recordatorio #{ $id } cancelado.
reminder-fire = ⏰ Recordatorio: { $text }
reminder-fire-from = ⏰ Recordatorio de { $from }: { $text }
reminder-missed = ⏰ Recordatorio no enviado (vencía el { $due }, mientras Quorum estaba desconectado): { $text }
err-reminder-too-often = En las salas de `{ $body }`, los recordatorios de un miembro pueden publicar como máximo una vez cada `{ $interval }`; este publicaría dos veces con solo `{ $gap }` de diferencia.
err-reminder-too-close = En las salas de `{ $body }`, los recordatorios de un miembro pueden publicar como máximo una vez cada `{ $interval }`; este publicaría el { $time }, a solo `{ $gap }` de su recordatorio #{ $id }.
err-unknown-person = No conozco a `{ $who }`: nadie con ese nombre ha escrito a Quorum ni ha recibido un rol.
err-unknown-person-suggest = No conozco a `{ $who }`: nadie con ese nombre ha escrito a Quorum ni ha recibido un rol. ¿Quería decir { $suggestion }?

## Descriptions of command options (Discord shows them beside each option)
param-target = Quién o dónde: me, @alguien o here
param-when = Cuándo: in 2h, at 2026-12-01 09:00 Europe/Zurich, every weekday at 09:00
param-change = add (añadir) o remove (quitar)
param-code = El código de vinculación de un solo uso, como 7K2Q-…
param-number = El número en la lista
param-platform = La plataforma: console, matrix o discord
param-text = El texto
param-id = El número, como #3
param-zone = Una zona horaria o ciudad, como Europe/Zurich o Ginebra
param-language = Un idioma: en, fr, es, ru, zh o ar
param-name = El nombre completo
param-short = Un nombre corto, como BC
param-body = El nombre corto de un órgano
param-command = Un comando, para ver su detalle
param-user = El miembro
param-role = El rol
param-cron = Un horario cron entre comillas, como "0 9 * * 1-5"

## Meetings
category-meetings = **Reuniones**
cmd-meeting-schedule-summary = Programar una reunión o una serie, en la zona horaria de la reunión.
cmd-meeting-schedule-help = La fecha y la hora son las de la zona indicada (nombre IANA o ciudad); cada persona ve después la hora en su propia zona. Una serie mantiene su hora local en los cambios de horario. Los recordatorios van a cada sala del órgano antes de cada reunión (por defecto 1h antes; `--remind none` para ninguno). Una serie se celebra a la hora de la reunión, desde el primer día que da su repetición en la fecha indicada o después.
cmd-meeting-list-summary = Listar las próximas reuniones del órgano de esta sala.
cmd-meeting-list-help = Muestra la próxima ocurrencia de cada reunión y serie del órgano que esta sala representa (o de esta sala si no tiene), la más cercana primero.
cmd-meeting-show-summary = Mostrar una reunión: cuándo, cuánto dura, dónde y la hora en las zonas de los miembros.
cmd-meeting-show-help = Muestra la próxima ocurrencia, la duración, la repetición, el enlace y el acceso telefónico, y la hora local en cada zona que han elegido los miembros del órgano.
cmd-meeting-cancel-summary = Cancelar una reunión o toda una serie.
cmd-meeting-cancel-help = Quien la programó y el personal de su órgano pueden cancelar una reunión; sus recordatorios se detienen. Con una FECHA, solo se cancela la ocurrencia de ese día. Cancelar toda una serie no se puede deshacer: la respuesta dice lo que se pierde, y se hace con `--yes`.
meeting-scheduled = Reunión #{ $id } «{ $title }» programada para el { $time }.
meeting-scheduled-repeat = Serie de reuniones #{ $id } «{ $title }» programada ({ $repeat }), la primera el { $time }.
meeting-ambiguous = { $local } ocurre dos veces en { $zone } esa noche (se atrasan los relojes); la reunión toma la primera de las dos.
meetings-none = No hay reuniones próximas aquí.
meetings-title = { $count ->
    [one] { $count } reunión próxima:
   *[other] { $count } reuniones próximas:
}
meeting-line = #{ $id } · { $time } · { $title }
meeting-line-repeat = #{ $id } · próxima el { $time } ({ $repeat }) · { $title }
meeting-show-title = Reunión #{ $id }: { $title }
meeting-show-when = Próxima: { $time }, durante { $duration }
meeting-show-repeat = Se repite: { $repeat }
meeting-show-link = Enlace: { $link }
meeting-show-dial = Acceso telefónico: { $dial }
meeting-show-zones = En las zonas de los miembros:
meeting-show-zone = { $zone }: { $local }
meeting-over = La reunión #{ $id } no tiene más ocurrencias.
meeting-cancelled = Reunión #{ $id } «{ $title }» cancelada.
meeting-reminder = 📅 «{ $title }» empieza el { $time }.
meeting-reminder-link = 📅 «{ $title }» empieza el { $time }: { $link }
err-meeting-not-yours = Solo quien programó la reunión #{ $id } o el personal de su órgano puede cambiarla.
err-meeting-answer-in-room = La reunión #{ $id } pertenece a la sala { $room }: hágalo allí.
param-title = El título
param-date = La fecha, como 2026-12-03
param-time = La hora, como 14:00
param-duration = La duración, como 90m o 1h30m
param-repeat = Cómo se repite, como "every tuesday" o "every weekday"
param-remind = Cuánto antes recordar, como 24h,1h (o none)
param-link = El enlace para unirse
param-dial = El acceso telefónico
cmd-meeting-rsvp-summary = Indicar si asistirá a una reunión.
cmd-meeting-rsvp-help = Responda yes, no o maybe para una ocurrencia: la que está en curso o la próxima, o con `--date` la de ese día; una nueva respuesta sustituye a la anterior. Responden los miembros del órgano de la reunión (quien tenga un rol en él). `!meeting show` cuenta las respuestas de la ocurrencia que muestra.
meeting-rsvp-set = Su respuesta para la reunión #{ $id } «{ $title }» del { $time }: { $answer ->
    [yes] sí, asistirá
    [no] no, no podrá asistir
   *[maybe] quizás
}.
meeting-show-rsvps = Respuestas: { $yes } sí · { $maybe } quizá · { $no } no
rsvp-yes = Asistiré
rsvp-no = No puedo asistir
rsvp-maybe = Quizá
param-answer = Su respuesta: yes, no o maybe
meeting-occurrence-cancelled = Se cancela la reunión #{ $id } «{ $title }» del { $time }; la serie continúa.
err-meeting-no-occurrence = La reunión #{ $id } no tiene ninguna ocurrencia próxima el { $date }.
cmd-meeting-move-summary = Mover una ocurrencia de una reunión a otra fecha y hora.
cmd-meeting-move-help = Indique la fecha de la ocurrencia que mover y luego su nueva fecha y hora en la zona de la reunión. El resto de la serie no cambia; los recordatorios siguen la nueva hora. Una ocurrencia no puede moverse a un día en que la serie ya se celebra ni solaparse con otra.
meeting-moved = Reunión #{ $id } «{ $title }» del { $from } movida al { $to }.
param-to_date = La nueva fecha, como 2026-12-09
param-to_time = La nueva hora, como 15:00
meeting-reminders-passed = { $count ->
    [one] El recordatorio `{ $offsets }` antes de la reunión ya ha pasado y no se enviará.
   *[other] Los recordatorios `{ $offsets }` antes de la reunión ya han pasado y no se enviarán.
}
meeting-reminders-passed-series = { $count ->
    [one] El recordatorio `{ $offsets }` antes ya ha pasado para la primera reunión; se enviará antes de las siguientes.
   *[other] Los recordatorios `{ $offsets }` antes ya han pasado para la primera reunión; se enviarán antes de las siguientes.
}

## Editing meetings

cmd-meeting-edit-summary = Cambiar una reunión o toda una serie: título, hora, zona, repetición, recordatorios, enlace.
cmd-meeting-edit-help = Indique solo lo que cambia. En una serie, una nueva hora o zona se aplica desde su próxima ocurrencia, y las ocurrencias canceladas o movidas una a una se restablecen. `--once` detiene la repetición; `--link none` y `--dial none` los quitan. Pueden editar una reunión quien la programó y el personal de su órgano. Una ocurrencia en curso conserva su horario; una repetición que indica una hora debe indicar la de la reunión. Restablecer ocurrencias canceladas o movidas una a una requiere `--yes`: la respuesta las enumera antes.
param-once = Dejar de repetir: una sola reunión
meeting-edited = Reunión #{ $id } «{ $title }» actualizada; próxima el { $time }.
meeting-edited-over = Reunión #{ $id } «{ $title }» actualizada; ya no tiene ocurrencias.
meeting-edited-exceptions = Las ocurrencias canceladas o movidas una a una vuelven a seguir el nuevo horario.
err-meeting-repeat-time = La reunión es a las `{ $time }`, pero la repetición `{ $repeat }` es a las `{ $other }`: una serie se celebra a una sola hora del día, la de la reunión. Quite la hora de la repetición o indique la misma.
meeting-starts-later = El { $date } no es un día de la serie ({ $repeat }): empieza el primero que le sigue, el { $time }.
err-meeting-rsvp-not-member = Solo los miembros de `{ $body }` responden para la reunión #{ $id }, y usted no tiene ningún rol en `{ $body }`. Su personal puede darle uno con `!role grant`.
err-meeting-clash = La reunión #{ $id } ya se celebra el { $time }: una serie se celebra como mucho una vez al día y sus ocurrencias no se solapan. Mueva o cancele antes esa ocurrencia, o elija otro día.
err-meeting-under-way = La reunión #{ $id } está en curso hasta el { $time }: su horario ya no puede cambiar.
err-meeting-once-under-way = La reunión #{ $id } está en curso hasta el { $time }: podrá pasar a ser una reunión única cuando termine esa ocurrencia.
err-meeting-edit-under-way-clash = La ocurrencia de la reunión #{ $id } en curso desde el { $time } conserva su horario, y el nuevo horario también se celebraría el { $other }, el mismo día o solapándose con ella. Indique una `--date` posterior.
meeting-edited-under-way = La ocurrencia en curso desde el { $time } conserva su horario; el cambio se aplica desde la siguiente.
meeting-edit-confirm = { $count ->
    [one] Cambiar el horario de la serie #{ $id } «{ $title }» restablece la ocurrencia modificada una a una; todavía no se ha cambiado nada:
   *[other] Cambiar el horario de la serie #{ $id } «{ $title }» restablece las { $count } ocurrencias modificadas una a una; todavía no se ha cambiado nada:
}
meeting-edit-confirm-cancelled = { $time }: cancelada; volvería a celebrarse
meeting-edit-confirm-moved = { $from }, movida al { $to }: volvería a seguir la serie
meeting-confirm-edit = Cambiar la serie de todos modos
meeting-cancel-confirm = Cancelar la serie #{ $id } «{ $title }» ({ $repeat }) termina todas sus ocurrencias desde el { $time }, con sus recordatorios, órdenes del día y respuestas; no se puede deshacer. Todavía no se ha cancelado nada.
meeting-confirm-cancel = Cancelar toda la serie
meeting-already-cancelled = La reunión #{ $id } «{ $title }» ya está cancelada.
meeting-occurrence-already-cancelled = La ocurrencia del { $time } de la reunión #{ $id } «{ $title }» ya está cancelada.
param-yes = Confirmar lo que no se puede deshacer
err-meeting-edit-nothing = Indique qué cambiar en la reunión #{ $id }, por ejemplo `--time 15:00` o `--title "Nuevo título"`.

## Meeting reminders by direct message

cmd-meeting-dm-summary = Recibir los recordatorios de una reunión (o de todas las del órgano) por mensaje directo.
cmd-meeting-dm-help = `on` le envía también cada recordatorio en privado, en su idioma y zona horaria, en la plataforma desde la que lo pide; `all` abarca todas las reuniones del órgano de esta sala, también las futuras. `off` lo detiene.
param-meeting = El número de la reunión, como #3, o all
param-switch = on u off
meeting-dm-on-meeting = Recibirá los recordatorios de la reunión #{ $id } «{ $title }» por mensaje directo.
meeting-dm-on-body = Recibirá los recordatorios de todas las reuniones de `{ $body }` por mensaje directo.
meeting-dm-off-meeting = Ya no recibirá los recordatorios de la reunión #{ $id } «{ $title }» por mensaje directo.
meeting-dm-off-body = Ya no recibirá los recordatorios de las reuniones de `{ $body }` por mensaje directo.
meeting-dm-was-off-meeting = No recibía los recordatorios de la reunión #{ $id } «{ $title }» por mensaje directo.
meeting-dm-was-off-body = No recibía los recordatorios de las reuniones de `{ $body }` por mensaje directo.
err-meeting-dm-no-body = Esta sala no actúa para ningún órgano; indique un número de reunión en lugar de `all`.

## Calendar export
err-cron-seconds = `{ $value }`: con seis campos cron, el primero son los segundos y debe ser 0; Quorum programa al minuto.
cmd-meeting-ics-summary = Una reunión, o todas las de este órgano, como archivo de calendario (.ics).
cmd-meeting-ics-help = Con un número, esa reunión (una serie con su repetición y sus sesiones canceladas o trasladadas) como archivo iCalendar para importar en una aplicación de calendario; sin número, todas las reuniones del órgano de esta sala en un solo archivo. El archivo se le envía en privado.
meeting-ics = La reunión n.º { $id } «{ $title }» como archivo de calendario:
meeting-ics-feed = { $count ->
    [one] { $count } reunión
   *[other] { $count } reuniones
} en un solo archivo de calendario:

## Calendar feeds

cmd-meeting-feed-summary = Obtener la dirección del calendario suscribible de este órgano, para suscribirse en una aplicación de calendario.
cmd-meeting-feed-help = Las aplicaciones de calendario (teléfonos, Outlook, Thunderbird, Google Calendar) suscritas a la dirección muestran todas las reuniones del órgano y siguen sus cambios. La dirección contiene un secreto: guárdela para usted. El personal puede sustituirla con `--reset`; la antigua deja entonces de funcionar.
param-reset = Sustituir la dirección secreta (personal)
meeting-feed = El calendario suscribible de `{ $body }`: { $url } — suscríbase en su aplicación de calendario. Guarde la dirección para usted: quien la tenga puede leer las reuniones.
meeting-feed-reset = El calendario suscribible de `{ $body }` tiene una nueva dirección: { $url } — la antigua ya no funciona; las suscripciones necesitan la nueva.
err-meeting-feed-off = Este Quorum no sirve calendarios suscribibles (faltan sus ajustes `[calendar]`); `!meeting ics` da las reuniones como archivo.

## Agenda
cmd-agenda-add-summary = Añadir un punto al orden del día de la próxima ocurrencia de una reunión.
cmd-agenda-add-help = Quien pueda ver la reunión puede añadir un punto, de 300 caracteres como máximo; el orden del día de una ocurrencia admite hasta 50. El punto va a la ocurrencia en curso o próxima, o con `--date` a la ocurrencia de ese día: cada ocurrencia de una serie tiene su propio orden del día. La respuesta indica el número del punto.
cmd-agenda-show-summary = Mostrar el orden del día numerado de la próxima ocurrencia de una reunión.
cmd-agenda-show-help = Enumera los puntos de la ocurrencia en curso o próxima (con `--date`, de la ocurrencia de ese día) y quién añadió cada uno. Los recordatorios de la reunión y `!meeting show` también los enumeran.
cmd-agenda-order-summary = Poner los puntos de un orden del día en un nuevo orden.
cmd-agenda-order-help = Indique cada número de punto una vez, en el nuevo orden, separados por comas o espacios: `3,1,2` pone primero el punto 3. Quien programó la reunión y el personal de su órgano pueden reordenar su orden del día.
cmd-agenda-remove-summary = Quitar un punto de un orden del día.
cmd-agenda-remove-help = Quien añadió el punto, quien programó la reunión y el personal de su órgano pueden quitarlo; los puntos siguientes suben un número.
param-order = Los números de los puntos en su nuevo orden, como 3,1,2
param-item = El número del punto, como 2
param-propose = Cuánto duran las propuestas, como 3d
param-rank = Cuánto dura la votación de las propuestas, como 2d
param-top = Cuántos puntos ordenados pasan al orden del día, de 1 a 20
agenda-added = Punto { $number } añadido al orden del día de la reunión #{ $id } «{ $title }» del { $time }: { $text }
agenda-title = { $count ->
    [one] Orden del día de la reunión #{ $id } «{ $title }» del { $time }, { $count } punto:
   *[other] Orden del día de la reunión #{ $id } «{ $title }» del { $time }, { $count } puntos:
}
agenda-empty = La reunión #{ $id } «{ $title }» del { $time } aún no tiene orden del día. Añada un punto con `!agenda add #{ $id } "TEXTO"`.
agenda-item = { $number }. { $text } — { $author }
agenda-ordered = Nuevo orden del día de la reunión #{ $id } «{ $title }» del { $time }:
agenda-removed = Punto { $number } «{ $text }» quitado del orden del día de la reunión #{ $id } «{ $title }» del { $time }.
meeting-show-agenda = { $count ->
    [one] Orden del día, { $count } punto:
   *[other] Orden del día, { $count } puntos:
}
err-agenda-full = El orden del día de la reunión #{ $id } «{ $title }» del { $time } ya tiene { $max } puntos, el máximo. Quite uno antes de añadir otro.
err-agenda-bad-order = El nuevo orden debe nombrar cada punto exactamente una vez: { $count ->
    [one] el orden del día solo tiene el punto 1.
   *[other] los números del 1 al { $count }, separados por comas o espacios.
}
err-agenda-no-item = El orden del día de la reunión #{ $id } «{ $title }» del { $time } no tiene punto { $number }; { $count ->
    [one] solo tiene el punto 1.
   *[other] sus puntos van del 1 al { $count }.
}
err-agenda-not-member = Solo los miembros de `{ $body }` añaden puntos al orden del día de la reunión #{ $id }, y usted no tiene ningún rol en `{ $body }`. Su personal puede darle uno con `!role grant`.
err-agenda-not-yours = Solo quien añadió el punto { $number }, quien programó la reunión #{ $id } o el personal de su órgano pueden quitarlo.
cmd-agenda-poll-summary = Que los miembros propongan puntos del orden del día de una reunión y luego los ordenen.
cmd-agenda-poll-help = Para la próxima ocurrencia de una reunión de un órgano, o con `--date` la de ese día: los miembros al corriente del órgano proponen puntos con `!agenda propose` durante `--propose` y luego los ordenan en una votación por orden de preferencia durante `--rank`. Los `--top` primeros (5 si no se indica) en el orden del recuento por segunda vuelta instantánea, a igualdad el primero propuesto antes, pasan al orden del día de la ocurrencia, tras los puntos que ya tiene. Ambos plazos deben terminar antes de que empiece la reunión, y una ocurrencia tiene una sola encuesta de orden del día a la vez. Pueden abrirla quien programó la reunión y el personal de su órgano.
cmd-agenda-propose-summary = Proponer un punto en una encuesta de orden del día.
cmd-agenda-propose-help = Mientras una encuesta de orden del día recibe propuestas, cada miembro al corriente de su órgano puede proponer puntos de 100 caracteres como máximo, 20 en total; el mismo punto dos veces se rechaza. Las propuestas pasan a ser las opciones de la votación por orden de preferencia, en el orden en que se hicieron. ID es el número de la encuesta de orden del día.
cmd-agenda-proposals-summary = Listar las propuestas de una encuesta de orden del día.
cmd-agenda-proposals-help = Muestra las propuestas hechas hasta ahora en una encuesta de orden del día, quién hizo cada una y en qué punto está: recibe propuestas, se ordenan en una votación o ha terminado. ID es el número de la encuesta de orden del día.
agenda-poll-opened = La encuesta de orden del día #{ $poll } está abierta para la reunión #{ $id } «{ $title }» del { $time }.
agenda-poll-how = Los miembros de `{ $body }` proponen puntos con `!agenda propose #{ $poll } "TEXTO"` hasta el { $propose }; luego los ordenan hasta el { $rank }, y { $top ->
    [one] el primero pasa
   *[other] los { $top } primeros pasan
} al orden del día.
agenda-proposed = Propuesta { $number } de la encuesta de orden del día #{ $poll } para la reunión #{ $id } «{ $title }»: { $text }
agenda-proposals-title = Encuesta de orden del día #{ $poll } para la reunión #{ $id } «{ $title }» del { $time }, { $count ->
    [0] aún sin propuestas
    [one] una propuesta
   *[other] { $count } propuestas
}. { $state }
agenda-poll-state-proposing = Las propuestas están abiertas hasta el { $at }.
agenda-poll-state-ranking = Los miembros las ordenan en la votación #{ $vote } hasta el { $at }.
agenda-poll-state-done = Ha terminado.
agenda-poll-no-proposals = La encuesta de orden del día #{ $poll } para la reunión #{ $id } «{ $title }» del { $time } ha terminado: nadie propuso ningún punto.
agenda-poll-one-proposal = La encuesta de orden del día #{ $poll } para la reunión #{ $id } «{ $title }» del { $time } recibió una sola propuesta: pasa al orden del día sin votación.
agenda-poll-ranking = Las propuestas para la reunión #{ $id } «{ $title }» del { $time } están cerradas (encuesta de orden del día #{ $poll }): { $count ->
    [one] una propuesta
   *[other] { $count } propuestas
}. Ordénelas en la votación #{ $vote }; { $top ->
    [one] la primera pasa
   *[other] las { $top } primeras pasan
} al orden del día.
agenda-poll-done = La votación #{ $vote } ordenó las propuestas de la encuesta de orden del día #{ $poll }: { $count ->
    [0] ningún punto pasa
    [one] un punto pasa
   *[other] { $count } puntos pasan
} al orden del día de la reunión #{ $id } «{ $title }» del { $time }.
agenda-poll-left-out = { $count ->
    [one] Una propuesta más no cupo
   *[other] { $count } propuestas más no cupieron
}: un orden del día admite como máximo { $max } puntos.
err-agenda-poll-no-body = La reunión #{ $id } no pertenece a ningún órgano: una encuesta de orden del día es para los miembros de un órgano, así que necesita una reunión programada en una sala vinculada a uno.
err-agenda-poll-too-late = Las propuestas y la votación terminarían el { $ends }, después de que empiece la reunión #{ $id } «{ $title }» el { $time }. Indique plazos más cortos, o una ocurrencia posterior con `--date`.
err-agenda-poll-running = La reunión #{ $id } «{ $title }» del { $time } ya tiene la encuesta de orden del día #{ $poll }: una ocurrencia tiene una sola a la vez.
err-agenda-propose-not-member = La encuesta de orden del día #{ $poll } recibe propuestas de los miembros al corriente de `{ $body }`, y usted no cuenta como uno de ellos.
err-agenda-propose-closed = La encuesta de orden del día #{ $poll } dejó de recibir propuestas el { $at }.
err-agenda-proposal-twice = La encuesta de orden del día #{ $poll } ya tiene esta propuesta: { $number }. { $text }
err-agenda-proposals-full = La encuesta de orden del día #{ $poll } ya tiene { $max } propuestas, el máximo que una votación puede ordenar.

## Attendance, quorum and the speaking queue
cmd-body-quorum-summary = Ver o fijar cuántos miembros forman el quórum de un órgano.
cmd-body-quorum-help = Indique una parte de los miembros (`50%`, redondeada hacia arriba a personas enteras) o un número de personas (`12`); `none` elimina la regla. Los miembros son todas las personas con un rol en el órgano. El personal del órgano o un administrador fija la regla; cualquiera puede verla omitiendo la regla. El pase de lista (`!meeting attendance`) la comprueba.
cmd-meeting-attendance-summary = Pasar lista en una reunión en curso y comprobar el quórum.
cmd-meeting-attendance-help = La primera vez, abre el pase de lista de la ocurrencia en curso (o que empieza en los próximos 30 minutos) y ofrece responder presente, en la sala o a distancia. Vuelva a ejecutarlo para ver quién está presente y si se alcanza el quórum del órgano. Pueden usarlo quien programó la reunión, el personal de su órgano y los administradores. Cada ocurrencia conserva su propio registro. Con `--date`, cualquiera que vea la reunión lee el registro de la ocurrencia de ese día.
cmd-meeting-present-summary = Responder al pase de lista de una reunión en curso.
cmd-meeting-present-help = Le registra como presente en la ocurrencia en curso (o que empieza en los próximos 30 minutos). Añada `remote` si participa a distancia; una nueva respuesta sustituye a la anterior.
cmd-hand-raise-summary = Levantar la mano para pedir la palabra (`!hand`).
cmd-hand-raise-help = Le pone al final de la lista de oradores de esta sala. Añada `remote` si habla a distancia, o `in-person`; si no, decide su respuesta al pase de lista de la reunión en curso.
cmd-hand-down-summary = Bajar la mano.
cmd-hand-down-help = Le quita de la lista de oradores de esta sala.
cmd-queue-show-summary = Ver quién espera para hablar (`!queue`).
cmd-queue-show-help = Muestra en orden la lista de oradores de esta sala, con quién participa a distancia y cuánto tiempo lleva esperando cada persona.
cmd-queue-clear-summary = Vaciar la lista de oradores (presidencia).
cmd-queue-clear-help = Preside quien programó la reunión en curso aquí, el personal del órgano de la sala o un administrador.
cmd-next-summary = Dar la palabra a la primera persona de la lista (presidencia).
cmd-next-help = Nombra a la primera persona que espera, la quita de la lista e indica quién sigue. Solo la presidencia puede hacerlo: quien programó la reunión en curso aquí, el personal del órgano de la sala o un administrador.
param-rule = Una regla de quórum: 50% (de los miembros), 12 (personas) o none
param-presence = remote si participa a distancia, in-person si no
body-quorum-percent = El quórum de **{ $name }** (`{ $short }`) es el { $percent } % de sus miembros: { $needed } de { $members } hoy.
body-quorum-count = El quórum de **{ $name }** (`{ $short }`) es de { $needed ->
    [one] { $needed } miembro presente
   *[other] { $needed } miembros presentes
}; hoy tiene { $members }.
body-quorum-none = **{ $name }** (`{ $short }`) no tiene regla de quórum. El personal puede fijar una, por ejemplo `!body quorum { $short } 50%`.
body-quorum-set-percent = A partir de ahora, el quórum de **{ $name }** (`{ $short }`) es el { $percent } % de sus miembros: { $needed } de { $members } hoy.
body-quorum-set-count = A partir de ahora, el quórum de **{ $name }** (`{ $short }`) es de { $needed ->
    [one] { $needed } miembro presente
   *[other] { $needed } miembros presentes
}; hoy tiene { $members }.
body-quorum-set-none = **{ $name }** (`{ $short }`) ya no tiene regla de quórum.
err-meeting-not-under-way = La reunión #{ $id } no está en curso: su próxima ocurrencia empieza { $time }. El pase de lista se abre { $minutes } minutos antes del inicio.
err-attendance-not-yours = Solo quien programó la reunión #{ $id }, el personal de su órgano o un administrador puede pasar lista.
attendance-open = 📋 Pase de lista de la reunión #{ $id } «{ $title }» ({ $time }): ¿quién está?
attendance-choice-present = Presente
attendance-choice-remote = Presente a distancia
attendance-present = Queda registrado como presente en la reunión #{ $id } «{ $title }» ({ $time }).
attendance-present-remote = Queda registrado como presente a distancia en la reunión #{ $id } «{ $title }» ({ $time }).
attendance-report = 📋 Pase de lista de la reunión #{ $id } «{ $title }» ({ $time }):
attendance-nobody = Nadie ha respondido todavía.
attendance-line = { $name }
attendance-line-remote = { $name } · 🌐 a distancia
attendance-line-guest = { $name } · no es miembro, no cuenta
attendance-line-guest-remote = { $name } · 🌐 a distancia · no es miembro, no cuenta
attendance-tally-no-body = { $present ->
    [one] { $present } presente
   *[other] { $present } presentes
}{ $remote ->
    [0] {""}
   *[other] {" "}({ $remote } a distancia)
}.
attendance-tally-no-rule = { $present ->
    [one] { $present } presente
   *[other] { $present } presentes
}{ $remote ->
    [0] {""}
   *[other] {" "}({ $remote } a distancia)
} de { $members ->
    [one] { $members } miembro
   *[other] { $members } miembros
}; `{ $short }` no tiene regla de quórum.
attendance-tally-percent-reached = { $present ->
    [one] { $present } presente
   *[other] { $present } presentes
}{ $remote ->
    [0] {""}
   *[other] {" "}({ $remote } a distancia)
} de { $members ->
    [one] { $members } miembro
   *[other] { $members } miembros
}; quórum { $needed } ({ $percent } %): **alcanzado**.
attendance-tally-percent-missing = { $present ->
    [one] { $present } presente
   *[other] { $present } presentes
}{ $remote ->
    [0] {""}
   *[other] {" "}({ $remote } a distancia)
} de { $members ->
    [one] { $members } miembro
   *[other] { $members } miembros
}; quórum { $needed } ({ $percent } %): **no alcanzado**, faltan { $missing }.
attendance-tally-count-reached = { $present ->
    [one] { $present } presente
   *[other] { $present } presentes
}{ $remote ->
    [0] {""}
   *[other] {" "}({ $remote } a distancia)
} de { $members ->
    [one] { $members } miembro
   *[other] { $members } miembros
}; quórum { $needed }: **alcanzado**.
attendance-tally-count-missing = { $present ->
    [one] { $present } presente
   *[other] { $present } presentes
}{ $remote ->
    [0] {""}
   *[other] {" "}({ $remote } a distancia)
} de { $members ->
    [one] { $members } miembro
   *[other] { $members } miembros
}; quórum { $needed }: **no alcanzado**, faltan { $missing }.
err-queue-direct = La lista de oradores pertenece a la sala de una reunión, no a una conversación privada.
err-not-chair = Solo la presidencia puede hacerlo: quien programó la reunión en curso aquí, el personal del órgano de esta sala o un administrador.
err-queue-not-in = No está en la lista de oradores de esta sala.
err-queue-empty = Nadie espera para hablar: no hay a quién dar la palabra.
queue-raised = ✋ { $name } levanta la mano: número { $position } en la lista.
queue-already = Ya está en la lista, en la posición { $position }.
queue-already-remote = Ya está en la lista, en la posición { $position }; ahora indica que habla a distancia.
queue-already-in-person = Ya está en la lista, en la posición { $position }; ahora indica que habla desde la sala.
queue-lowered = { $name } ha bajado la mano.
queue-empty = Nadie espera para hablar.
queue-title = { $count ->
    [one] { $count } persona espera para hablar:
   *[other] { $count } personas esperan para hablar:
}
queue-line = { $position }. { $name } — espera desde hace { $minutes ->
    [0] menos de un minuto
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
queue-line-remote = { $position }. { $name } · 🌐 a distancia — espera desde hace { $minutes ->
    [0] menos de un minuto
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
queue-floor = 🎤 { $who }, tiene la palabra.
queue-floor-remote = 🎤 { $who }, tiene la palabra (🌐 a distancia).
queue-next-up = A continuación: { $name } ({ $count } en espera).
queue-cleared = { $count ->
    [0] La lista de oradores ya estaba vacía.
    [one] Lista de oradores vaciada: { $count } persona retirada.
   *[other] Lista de oradores vaciada: { $count } personas retiradas.
}
err-attendance-no-record = La reunión #{ $id } no tiene el { $date } ninguna ocurrencia empezada o a punto de empezar; la asistencia se registra desde 30 minutos antes del inicio.

## Failed sends

category-outbox = **Envíos**
cmd-outbox-list-summary = Enumerar los mensajes que no se pudieron entregar (`!outbox`).
cmd-outbox-list-help = Muestra los envíos a los que Quorum ha renunciado, del más reciente al más antiguo: el número, la plataforma, el destino, cuándo falló, tras cuántos intentos y por qué — nunca su contenido. Un envío falla de inmediato cuando la plataforma lo rechaza definitivamente (mensajes directos cerrados, falta un permiso, usuario o sala desconocidos), y tras un día (por defecto) de fallos temporales. El personal ve los envíos a las salas de su órgano y los mensajes directos a las personas con un rol en él; los administradores lo ven todo.
cmd-outbox-retry-summary = Reintentar un envío fallido.
cmd-outbox-retry-help = Devuelve un envío fallido a la cola: se intenta de inmediato y, si sigue fallando por un motivo temporal, durante otro día. Corrija antes la causa: el miembro abre sus mensajes directos, el bot obtiene el permiso o vuelve a ser invitado.
outbox-none = No hay envíos fallidos: todo se entregó o aún se está intentando.
outbox-title = { $count ->
    [one] Un envío fallido:
   *[other] { $count } envíos fallidos, del más reciente al más antiguo:
}
outbox-line = #{ $id } · { $platform } · { $kind ->
    [room] sala { $to }
    [direct] mensaje directo a { $to }
   *[other] destinatario desconocido
} · falló el { $time } tras { $attempts ->
    [one] { $attempts } intento
   *[other] { $attempts } intentos
} · { $failure ->
    [permanent] rechazado
    [expired] abandonado
    [unreadable] ilegible
   *[other] fallido
}: { $reason }
outbox-more = … y { $count } más.
outbox-retried = El envío #{ $id } vuelve a estar en la cola y se intentará de nuevo ahora.
err-outbox-pending = El envío `#{ $id }` no ha fallado: aún se está intentando.
err-outbox-sent = El envío `#{ $id }` no ha fallado: ya se entregó.

## Input: one time per command, zones, dates and command names

err-unknown-subcommand-suggest = El comando `{ $command }` no tiene el subcomando `{ $name }`. ¿Quería decir `{ $suggestion }`?
err-date-out-of-range = «{ $value }» está fuera de los años que Quorum planifica: indique una fecha entre { $from } y { $to }.
err-two-times = Indique el momento una sola vez: `{ $first }` y «{ $second }» dan cada uno una hora. Si «{ $second }» forma parte del texto, ponga el texto entre comillas.
err-zone-with-duration = Un plazo (`in …`) se cuenta desde ahora, así que la zona horaria «{ $zone }» no cambia nada: quítela o indique una hora con `at`. Si forma parte del texto, ponga el texto entre comillas.
zone-fixed-offset = Nota: «{ $given }» es un desfase fijo ({ $offset }) todo el año, sin horario de verano. Quien lo escribe suele referirse a `{ $zone }`; indique esa zona para seguir su hora todo el año.
zone-fixed-offset-nowhere = Nota: «{ $given }» es un desfase fijo ({ $offset }) todo el año, sin horario de verano; para seguir la hora de un lugar, indique su zona, por ejemplo `Europe/Zurich`.

## Times said with how far off they are, and lengths of time
time-ahead = { $time } ({ $ahead })
ahead-now = ahora
ahead-minutes = dentro de { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
ahead-hours = dentro de { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
ahead-hours-minutes = dentro de { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
} y { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
ahead-tomorrow = mañana
ahead-days = dentro de { $count ->
    [one] { $count } día
   *[other] { $count } días
}
duration-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
duration-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
duration-hours-minutes = { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
} y { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
duration-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}

## A body's language
cmd-body-lang-summary = Ver o elegir el idioma de las salas de un órgano.
cmd-body-lang-help = Los mensajes que Quorum publica por sí mismo en las salas del órgano (recordatorios de reuniones, recordatorios para la sala) se escriben en este idioma; las respuestas a una persona siguen en el idioma de esa persona. El personal del órgano puede cambiarlo.
body-lang-current = Las salas de `{ $body }` reciben los mensajes en `{ $lang }`. Disponibles: { $choices }.
body-lang-set = Las salas de `{ $body }` recibirán ahora los mensajes en `{ $lang }`.

## Repetitions in words
repeat-hourly = cada hora
repeat-days = { $interval ->
    [one] cada día
   *[other] cada { $interval } días
} a las { $time }
repeat-weekdays = de lunes a viernes a las { $time }
repeat-weekends = los sábados y domingos a las { $time }
repeat-weekly = { $interval ->
    [one] cada semana
   *[other] cada { $interval } semanas
} a las { $time }
repeat-weeks = { $interval ->
    [one] cada semana
   *[other] cada { $interval } semanas
} el { $days } a las { $time }
repeat-months-day = { $interval ->
    [one] cada mes
   *[other] cada { $interval } meses
} el día { $day } a las { $time }
repeat-months-nth = { $interval ->
    [one] cada mes
   *[other] cada { $interval } meses
} el { $nth ->
    [1] primer
    [2] segundo
    [3] tercer
    [4] cuarto
    [5] quinto
   *[last] último
} { $weekday ->
    [mon] lunes
    [tue] martes
    [wed] miércoles
    [thu] jueves
    [fri] viernes
    [sat] sábado
   *[sun] domingo
} a las { $time }
repeat-cron = según el cron `{ $cron }`
weekday-name = { $day ->
    [mon] lunes
    [tue] martes
    [wed] miércoles
    [thu] jueves
    [fri] viernes
    [sat] sábado
   *[sun] domingo
}
list-pair = { $first }, { $rest }
list-last-pair = { $first } y { $rest }

## Applications
category-applications = **Solicitudes**
cmd-apply-to-summary = Solicitar la adhesión a un órgano.
cmd-apply-to-help = Inicia su solicitud al órgano, en privado: Quorum hace sus preguntas una a una en su conversación directa, y usted responde a cada una con un mensaje normal (sin `!`). Las preguntas estándar son su nombre completo, su organización (`-` si ninguna), su país (su código ISO de dos letras, por ejemplo `CH`) y por qué desea unirse; el órgano puede añadir las suyas. Puede parar en cualquier momento con `!apply cancel` y retomar donde estaba tras un reinicio. Después, el comité del órgano la aprueba o la rechaza, y se le informa aquí, en su idioma.
cmd-apply-answers-summary = Responder de una vez a las siguientes preguntas de su solicitud.
cmd-apply-answers-help = Responde en orden a las siguientes preguntas de la solicitud en curso: cada palabra o texto entre comillas es una respuesta. Donde se muestran formularios (Discord), `apply answers` solo abre el formulario de las siguientes preguntas. Las respuestas anteriores a una rechazada se conservan; la rechazada se vuelve a preguntar.
cmd-apply-cancel-summary = Retirar su solicitud abierta.
cmd-apply-cancel-help = Retira la solicitud que está respondiendo o que espera una decisión. Puede volver a solicitar más adelante.
cmd-apply-status-summary = Ver sus solicitudes y su estado.
cmd-apply-status-help = Lista sus solicitudes: el órgano, y si cada una está en curso (`drafting`), espera al comité (`pending`), se envió a votación del comité (`referred`), `approved`, `rejected` o `withdrawn`.
cmd-apply-questions-summary = Ver lo que pregunta una solicitud a un órgano.
cmd-apply-questions-help = Lista las preguntas de una solicitud al órgano, en orden: las cuatro estándar y luego las del órgano.
cmd-applications-summary = Listar las solicitudes a un órgano.
cmd-applications-help = Lista las solicitudes al órgano (el de la sala si no se nombra ninguno), por defecto las que esperan una decisión; `--status` muestra las de un estado, o `all`. Para el comité del órgano (`exec`) y su personal, en privado.
cmd-application-show-summary = Leer las respuestas de una solicitud.
cmd-application-show-help = Muestra una solicitud y cada respuesta, con su pregunta tal como se hizo. Para el comité del órgano y su personal, en privado.
cmd-application-approve-summary = Aprobar una solicitud.
cmd-application-approve-help = La persona pasa a ser miembro del órgano: recibe el rol `member`, se la invita a las salas del órgano con el rol de miembro de las plataformas y se le da la bienvenida en su idioma.
cmd-application-reject-summary = Rechazar una solicitud, con el motivo.
cmd-application-reject-help = Se informa a la persona, en su idioma, con el motivo que usted indique.
cmd-application-refer-summary = Enviar una solicitud a votación del comité.
cmd-application-refer-help = Marca una solicitud en espera como enviada a votación del comité del órgano; el comité la aprueba o la rechaza después según el resultado. Solo para el personal.
apply-started = Solicitud #{ $id } a **{ $body }** (`{ $short }`): { $count } preguntas. Responda a cada una con un mensaje aquí; `!apply cancel` la detiene.
apply-resumed = La solicitud #{ $id } a `{ $body }` continúa donde la dejó:
apply-question = Pregunta { $number } de { $total }: { $question }
apply-question-line = { $number }. { $question }
apply-q-name = ¿Cuál es su nombre completo?
apply-q-organisation = ¿A qué organización pertenece? Escriba `-` si a ninguna.
apply-q-country = ¿En qué país reside? Su código de dos letras, por ejemplo `CH`, `KE` o `BR`.
apply-q-motivation = ¿Por qué desea unirse?
apply-q-body = { $text }
apply-started-form = Solicitud n.º { $id } a **{ $body }** (`{ $short }`): { $count } preguntas, en un formulario.
apply-form-title = Solicitud: preguntas { $from } a { $to } de { $total }
apply-form-open = Responder a las preguntas
apply-form-next = La solicitud n.º { $id } a `{ $body }` continúa con estas preguntas:
apply-answers-noted = { $count ->
    [one] Una respuesta anotada.
   *[other] { $count } respuestas anotadas.
}
apply-field-name = Nombre completo
apply-field-organisation = Organización (- si ninguna)
apply-field-country = País (código de dos letras)
apply-field-motivation = ¿Por qué quiere unirse?
apply-field-own = Pregunta { $number }
err-apply-nothing-to-answer = No tiene ninguna solicitud en curso. `!apply ÓRGANO` inicia una.
err-apply-too-many-answers = { $given } respuestas, pero solo quedan { $left } preguntas.
apply-answer-noted = Anotado: { $answer }
apply-submitted = Gracias: la solicitud #{ $id } a **{ $body }** (`{ $short }`) está completa. Su comité decidirá y se le informará aquí. `!apply status` muestra su estado.
apply-nothing-asked = Aquí ya no se pregunta nada: su solicitud fue decidida o retirada. `!apply status` muestra su estado.
apply-withdrawn = La solicitud #{ $id } a `{ $body }` ha sido retirada.
apply-status-none = No ha solicitado la adhesión a ningún órgano. `!apply ÓRGANO` inicia una solicitud.
apply-status-title = { $count ->
    [one] Su solicitud:
   *[other] Sus { $count } solicitudes:
}
apply-status-line = #{ $id } · `{ $body }` · { $status }
apply-questions-title = Una solicitud a `{ $body }` pregunta:
apply-question-added = Pregunta { $number } añadida a las solicitudes a `{ $body }`: { $text }
apply-question-removed = Pregunta { $number } quitada de las solicitudes a `{ $body }`.
application-vote-opened = El comité decide en la votación n.º { $poll } (`!poll vote #{ $poll } yes|no|abstain`), abierta { $days } días: si se aprueba, la solicitud se acepta; si no, se rechaza.
apply-approved = Bienvenido/a a **{ $body }** (`{ $short }`): su solicitud fue aprobada y ahora es miembro. Recibirá invitaciones a sus salas.
apply-rejected = Su solicitud a **{ $body }** no fue aceptada. Motivo del comité: { $reason }
applications-none = No hay solicitudes a `{ $body }` en ese estado.
applications-title = { $count ->
    [one] 1 solicitud a `{ $body }`:
   *[other] { $count } solicitudes a `{ $body }`:
}
application-line = #{ $id } · { $applicant } · { $status } · desde { $created }
application-answer = { $number }. { $question } — { $answer }
application-decided = Solicitud #{ $id } de { $applicant } a `{ $body }`: { $status }.
err-apply-member = Ya es miembro de `{ $body }`.
err-apply-already = Ya solicitó la adhesión a `{ $body }`: la solicitud #{ $id } está en estado { $status }. `!apply status` la muestra; `!apply cancel` la retira.
err-apply-finish-first = Termine o retire primero su solicitud #{ $id } a `{ $body }`: responda a su pregunta aquí o envíe `!apply cancel`.
err-apply-none-open = No tiene ninguna solicitud abierta que retirar.
err-apply-country = «{ $value }» no es un código de país. Escriba el código ISO de dos letras del país, por ejemplo `CH` para Suiza o `KE` para Kenia.
err-apply-questions-full = `{ $body }` ya hace { $max } preguntas propias: quite una primero.
err-apply-question-standard = La pregunta { $number } es una pregunta estándar, que toda solicitud hace; solo se pueden quitar las del órgano (a partir de la 5).
err-application-decided = La solicitud #{ $id } está en estado { $status }: no espera una decisión.

## Onboarding
cmd-onboarding-show-summary = Ver su lista de bienvenida en un órgano.
cmd-onboarding-show-help = Muestra la lista de bienvenida de los nuevos miembros del órgano y lo que usted ya hizo (el órgano de la sala si no se nombra ninguno). El personal puede nombrar a un miembro para ver la suya.
cmd-onboarding-done-summary = Marcar un punto de su lista de bienvenida.
cmd-onboarding-done-help = Marca como hecho el punto con este número. El personal puede marcar un punto por un miembro que nombre. Mientras queden puntos, Quorum se lo recuerda cada tres días, diez veces como máximo.
cmd-onboarding-items-summary = Ver o cambiar la lista de bienvenida de un órgano.
cmd-onboarding-items-help = Muestra la lista que reciben los nuevos miembros del órgano cuando se aprueba su solicitud; el personal añade puntos (hasta 20, de hasta 300 caracteres) o quita uno por su número.
onboarding-item = { $done ->
    [yes] ✅
   *[no] ⬜
} { $number }. { $text }
onboarding-none = No tiene lista de bienvenida en `{ $body }`.
onboarding-none-for = { $who } no tiene lista de bienvenida en `{ $body }`.
onboarding-title = { $left ->
    [0] Su bienvenida en `{ $body }` está completa:
    [one] Su bienvenida en `{ $body }`: queda { $left } de { $total } puntos.
   *[other] Su bienvenida en `{ $body }`: quedan { $left } de { $total } puntos.
}
onboarding-title-for = Bienvenida de { $who } en `{ $body }`: quedan { $left } de { $total }.
onboarding-how = Marque un punto con `!onboarding done NÚMERO`.
onboarding-already = El punto { $number } ({ $text }) ya estaba hecho.
onboarding-ticked = Hecho: { $number }. { $text } — { $left ->
    [one] queda 1 punto.
   *[other] quedan { $left } puntos.
}
onboarding-complete = Hecho: { $number }. { $text } — su bienvenida en `{ $body }` está completa. ¡Bienvenido/a!
onboarding-items-none = `{ $body }` aún no tiene lista de bienvenida.
onboarding-items-title = La lista de bienvenida de `{ $body }`:
onboarding-item-line = { $number }. { $text }
onboarding-item-added = Punto { $number } añadido a la lista de bienvenida de `{ $body }`: { $text }
onboarding-item-removed = Punto { $number } quitado de la lista de bienvenida de `{ $body }`.
onboarding-reminder = Su bienvenida en `{ $body }`: { $left ->
    [one] queda 1 punto:
   *[other] quedan { $left } puntos:
}
onboarding-welcome = Para empezar:
err-onboarding-full = La lista de `{ $body }` ya tiene { $max } puntos: quite uno primero.

## Member records and the directory
category-members = **Miembros**
cmd-member-list-summary = Listar los miembros del órgano, página por página.
cmd-member-list-help = Filtros: `--group`, `--region` (africa, americas, asia, europe, oceania, o el código M49), `--country` (código ISO como `FR`), `--status` (applicant, active, renewal-due, lapsed, former, suspended) y `--kind` (person u organisation). Los miembros ven a los miembros al día y los campos que el órgano hace públicos, y solo pueden filtrar por ellos; la secretaría ve todas las fichas y todos los campos. Se envía en privado.
cmd-member-show-summary = Mostrar la ficha de un miembro.
cmd-member-show-help = La secretaría ve todos los campos, incluidas las notas; un miembro ve los campos públicos, y su propia ficha sin las notas de la secretaría.
cmd-member-add-summary = Añadir una ficha de miembro.
cmd-member-add-help = Indique un nombre entre comillas, o `@usuario` para que la ficha sea suya. El país es un código ISO 3166 y determina la región de la ONU. Una persona con cuenta puede representar a una organización (`--represents ID`); `--voting` la convierte en quien vota por ella. Sin `--status`, el miembro está activo desde hoy.
cmd-member-edit-summary = Modificar una ficha de miembro.
cmd-member-edit-help = La secretaría modifica cualquier campo; `-` lo vacía (`--notes -`). Un miembro puede modificar los idiomas y el género de su propia ficha. Estado: un solicitante pasa a activo, cualquiera puede pasar a antiguo miembro, un antiguo miembro volver a activo; «renovación pendiente» y «vencida» siguen la fecha de renovación.
cmd-member-suspend-summary = Suspender a un miembro, con un motivo.
cmd-member-suspend-help = Un miembro suspendido no cuenta para el quórum, las votaciones ni las elecciones hasta su readmisión. El cambio queda en el registro de auditoría.
cmd-member-reinstate-summary = Readmitir a un miembro suspendido.
cmd-member-reinstate-help = El miembro vuelve a estar activo; si su fecha de renovación ya pasó, la renovación queda pendiente o la membresía vence de inmediato.
cmd-member-renew-summary = Renovar una membresía.
cmd-member-renew-help = Las membresías activas, pendientes o vencidas pasan a activas hasta la fecha indicada, o un año después de la fecha de renovación actual.
cmd-member-remove-summary = Eliminar una ficha de miembro.
cmd-member-remove-help = Una ficha eliminada no se puede recuperar: sin `--yes`, Quorum pregunta primero. Para conservar el historial, convierta al miembro en antiguo miembro.
cmd-member-public-summary = Mostrar o elegir los campos que ven los miembros.
cmd-member-public-help = Campos: kind, organisation, group, country, region, languages, status, joined, renewal, o `none`. Los nombres se muestran siempre; el género y las notas de la secretaría, nunca.
cmd-member-policy-summary = Mostrar o fijar las reglas de renovación del órgano.
cmd-member-policy-help = `--notice`: cuántos días antes de la fecha de renovación se avisa al miembro (y la renovación queda pendiente); `--grace`: cuántos días después vence la membresía si no se renueva.
cmd-member-import-summary = Importar fichas de miembros desde un archivo CSV.
cmd-member-import-help = La primera línea nombra las columnas: name (obligatoria), kind, organisation, group, country, languages, gender, status, joined, renewal, notes. Comas, puntos y coma o tabuladores; se aceptan una marca de orden de bytes y saltos de línea entre comillas. Sin `--commit` no se escribe nada: Quorum revisa cada línea y nombra cada línea errónea. Con `--commit` se escriben todas las líneas a la vez, o ninguna. El archivo se lee en la máquina donde funciona Quorum: las importaciones se hacen desde la consola.
cmd-member-export-summary = Exportar las fichas de miembros como archivo CSV.
cmd-member-export-help = Todas las fichas con todos los campos, incluidas las notas de la secretaría: guarde el archivo en lugar seguro. Se puede volver a importar.
cmd-member-stats-summary = Mostrar el equilibrio de la membresía.
cmd-member-stats-help = Cifras y proporciones de los miembros al día por grupo de partes interesadas, región y género. Los grupos de menos de 5 personas se fusionan y las cifras pequeñas no se muestran, para que nadie sea identificable.
param-account = La cuenta del miembro, como @alice
param-kind = person (persona) u organisation (organización)
param-org = La organización
param-group = El grupo de partes interesadas
param-country = Un código de país, como FR o KE
param-languages = Códigos de idioma, como en,fr
param-gender = Género declarado por la persona, solo para estadísticas de equilibrio
param-status = El estado de la membresía
param-joined = La fecha de ingreso, como 2026-01-15
param-renewal = La fecha de renovación, como 2027-01-15
param-represents = El número de ficha de la organización, como #3
param-voting = Convertirlo en el representante con voto de la organización
param-notes = Notas solo para la secretaría
param-region = Una región: africa, americas, asia, europe u oceania
param-page = El número de página
param-answers = Sus respuestas, en orden
param-reason = El motivo
param-until = La nueva fecha de renovación
param-fields = Los campos que ven los miembros
param-grace = Días tras la fecha de renovación antes de que venza la membresía
param-notice = Días antes de la fecha de renovación en que se avisa al miembro
param-path = La ruta del archivo CSV
param-commit = Escribir las fichas (sin esto, solo revisarlas)
member-status = { $status ->
    [applicant] solicitante
    [active] activo
    [renewal-due] renovación pendiente
    [lapsed] membresía vencida
    [former] antiguo miembro
   *[suspended] suspendido
}
member-kind = { $kind ->
    [organisation] organización
   *[person] persona
}
member-region = { $region ->
    [africa] África
    [americas] Américas
    [asia] Asia
    [europe] Europa
    [oceania] Oceanía
   *[none] sin región
}
member-gender = { $gender ->
    [woman] mujer
    [man] hombre
    [non-binary] no binario
   *[other] otro
}
member-detail-text = { $text }
member-detail-code = `{ $code }`
member-detail-pair = { $first } · { $rest }
member-line = #{ $id } **{ $name }**
member-line-details = #{ $id } **{ $name }** — { $details }
member-field = { $field ->
    [kind] Tipo
    [organisation] Organización
    [group] Grupo de partes interesadas
    [country] País
    [region] Región
    [languages] Idiomas
    [status] Estado
    [joined] Ingreso
    [renewal] Fecha de renovación
    [reason] Motivo
    [gender] Género
    [account] Cuenta
   *[notes] Notas de la secretaría
}: { $value }
member-show-title = Miembro #{ $id }: **{ $name }**
member-represents = Representa a #{ $id } { $name }
member-represents-voting = Representa a #{ $id } { $name } (representante con voto)
member-no-representatives = Todavía no hay representantes.
member-representatives = Representantes:
member-representative = #{ $id } { $name }
member-representative-voting = #{ $id } { $name } (vota por la organización)
member-public-current = Los miembros de `{ $body }` ven estos campos: { $fields }.
member-public-set = A partir de ahora, los miembros de `{ $body }` ven estos campos: { $fields }.
member-policy-current = En `{ $body }`, se avisa a los miembros { $notice } días antes de su fecha de renovación, y una membresía no renovada vence { $grace } días después.
member-policy-set = A partir de ahora, en `{ $body }`, se avisa a los miembros { $notice } días antes de su fecha de renovación, y una membresía no renovada vence { $grace } días después.
member-list-empty = Ningún miembro de `{ $body }` coincide.
member-list-title = { $count ->
    [one] Un miembro de `{ $body }`:
   *[other] { $count } miembros de `{ $body }`, página { $page } de { $pages }:
}
member-list-next = Página siguiente: `{ $command }`
err-member-page = No hay página { $page }: la lista tiene { $pages }.
err-member-filter-hidden = `{ $flag }` filtra por un campo que los miembros de `{ $body }` no pueden ver.
err-member-not-found = No se encontró la ficha de miembro `{ $id }`.
err-member-account-taken = { $who } ya tiene una ficha de miembro aquí: `{ $id }`.
err-member-not-organisation = La ficha `{ $id }` no es una organización que se pueda representar.
err-member-organisation-account = Una organización no tiene cuenta propia: añada a sus personas como representantes (`--represents`).
err-member-representative-account = Un representante debe tener cuenta: indique `--account @USER`.
err-member-voting-alone = Solo un representante de una organización puede ser su representante con voto: indique `--represents ID`.
member-added = Miembro #{ $id } **{ $name }** añadido a `{ $body }` ({ $status }).
err-member-status-change = El miembro #{ $id } no puede pasar de «{ $from }» a «{ $to }» de esta forma.
member-updated = Ficha del miembro #{ $id } **{ $name }** actualizada.
err-member-cannot-suspend = El miembro #{ $id } no puede ser suspendido: su estado es «{ $status }».
member-suspended = El miembro #{ $id } **{ $name }** queda suspendido: { $reason }
err-member-not-suspended = El miembro #{ $id } no está suspendido: su estado es «{ $status }».
member-reinstated = El miembro #{ $id } **{ $name }** queda readmitido.
err-member-cannot-renew = El miembro #{ $id } no se puede renovar: su estado es «{ $status }».
err-member-renew-past = La nueva fecha de renovación `{ $date }` debe ser posterior a hoy.
member-renewed = La membresía del miembro #{ $id } **{ $name }** queda renovada hasta el `{ $date }`.
member-confirm-remove = Eliminar la ficha
member-remove-confirm = ¿Eliminar definitivamente al miembro #{ $id } **{ $name }**? No se puede deshacer.
member-removed = Ficha del miembro #{ $id } **{ $name }** eliminada.
member-renewal-reminder = { $name }, su membresía de `{ $body }` debe renovarse el `{ $date }`. { $days ->
    [0] Si no se renueva, vence ese mismo día.
    [one] Si no se renueva, vence un día después.
   *[other] Si no se renueva, vence { $days } días después.
} Póngase en contacto con la secretaría.
member-lapsed-notice = { $name }, su membresía de `{ $body }` ha vencido: debía renovarse el `{ $date }`. Póngase en contacto con la secretaría para renovarla.
member-import-cell = columna `{ $column }`: { $reason }
err-member-import-empty = El archivo no tiene líneas de miembros.
err-member-import-unreadable = La primera línea del archivo no se puede leer como CSV.
err-member-import-header = Columna desconocida «{ $header }». Columnas: `{ $allowed }`.
err-member-import-header-twice = La columna «{ $header }» aparece dos veces.
err-member-import-no-name = El archivo necesita una columna `name`.
err-member-import-too-many = El archivo tiene más de { $max } líneas: divídalo.
member-import-unreadable-line = esta línea no se puede leer como CSV
member-import-cells = se esperaban { $expected } celdas, hay { $found }
err-member-import-console = Una importación lee un archivo de la máquina donde funciona Quorum: hágala desde la consola.
err-member-import-too-big = El archivo supera los { $megabytes } MB.
err-member-import-read = No se puede leer el archivo «{ $path }».
err-member-import-encoding = El archivo no es texto UTF-8: guárdelo como «CSV UTF-8».
member-import-bad = { $bad ->
    [one] Una línea errónea de { $count }; no se ha escrito nada:
   *[other] { $bad } líneas erróneas de { $count }; no se ha escrito nada:
}
member-import-bad-line = Línea { $line }: { $reason }
member-import-more = … y { $count } líneas erróneas más.
member-import-nothing-written = Corrija el archivo e impórtelo de nuevo.
member-import-ready = { $count ->
    [one] La línea es correcta.
   *[other] Las { $count } líneas son correctas.
} Todavía no se ha escrito nada: ejecute `{ $command }` para importarlas.
member-import-done = { $count ->
    [one] Se importó una ficha de miembro en `{ $body }`.
   *[other] Se importaron { $count } fichas de miembros en `{ $body }`.
}
member-export-ready = { $count ->
    [one] Una ficha de miembro de `{ $body }`, en CSV. Incluye notas de la secretaría: guárdela en lugar seguro.
   *[other] { $count } fichas de miembros de `{ $body }`, en CSV. Incluyen notas de la secretaría: guárdelas en lugar seguro.
}
member-stats-empty = `{ $body }` aún no tiene miembros al día.
member-stats-title = { $count ->
    [one] Equilibrio de `{ $body }`: un miembro al día.
   *[other] Equilibrio de `{ $body }`: { $count } miembros al día.
}
member-stats-too-few = Menos de { $min } miembros: sin desglose, para que nadie sea identificable.
member-stats-heading = { $dimension ->
    [group] **Por grupo de partes interesadas**
    [region] **Por región**
   *[gender] **Por género**
}
member-stats-line = { $label }: { $count } ({ $share } %)
member-stats-not-stated = no indicado
member-stats-other = otros (grupos de menos de { $min })
member-stats-other-not-stated = otros y no indicado (grupos de menos de { $min })


## Cuentas vinculadas
cmd-account-link-summary = Vincular sus cuentas de varias plataformas en un solo miembro.
cmd-account-link-help = Sin código, le da un código de vinculación de un solo uso, solo por mensaje directo (en Discord, cualquier comando: nadie más lo ve). Envíe `!account link CODE` a Quorum por mensaje directo desde su cuenta en otra plataforma antes de 10 minutos: ambas cuentas pasan a ser un solo miembro, el que pidió el código. Todo lo que tenía el otro miembro (roles, recordatorios, respuestas, puntos del orden del día, asistencia) se le une; donde ambos tenían lo mismo, se conserva lo del miembro que pidió el código. Un código sirve una sola vez y 5 intentos erróneos lo bloquean. Un miembro tiene una cuenta por plataforma. Si el otro miembro tiene registros, que desvincular no devuelve, primero se le pregunta: añada `--yes` para seguir.
cmd-account-unlink-summary = Desvincular su cuenta de una plataforma.
cmd-account-unlink-help = Convierte su cuenta en esa plataforma de nuevo en un miembro propio, sin roles; sus datos y roles se quedan con sus otras cuentas. No se puede desvincular su única cuenta.
whoami-account = Cuenta en { $platform }: `{ $user }` ({ $name })
account-code-issued = Su código de vinculación es `{ $code }`. Antes de { $until }, envíe `!account link { $code }` a Quorum por mensaje directo desde su cuenta en otra plataforma. Sirve una sola vez y sustituye cualquier código que haya pedido antes.
account-linked = Su cuenta de { $platform } `{ $user }` está ahora vinculada al miembro número { $id }, que tiene estas cuentas:
account-merged = Todo lo que tenía el miembro número { $gone } pertenece ahora al miembro número { $id }; donde ambos tenían lo mismo, se conservó lo del miembro número { $id }.
account-linked-notice = La cuenta de { $platform } `{ $user }` acaba de vincularse a usted, miembro número { $id }, con el código de vinculación que pidió. Si no fue usted, desvincúlela enseguida con `!account unlink { $platform }`.
account-link-confirm = El miembro de su cuenta, número { $gone }, tiene { $count ->
    [one] un registro
   *[other] { $count } registros
} (roles, recordatorios, respuestas, puntos del orden del día, asistencia). Al vincular pasan al miembro número { $id }, que pidió el código, y desvincular después no los devuelve. Aún no se ha vinculado nada; el código sirve hasta que caduque.
account-confirm-link = Vincular y traspasarlos
account-unlinked = Su cuenta en { $platform } (`{ $user }`) ya no está vinculada: ahora es el miembro número { $id }, sin roles.
account-unlinked-here = Escribió desde esa cuenta: a partir de ahora actúa como el miembro número { $id }.
account-remaining = El miembro número { $id } conserva estas cuentas:
err-account-link-public = Los códigos de vinculación solo se dan por mensaje directo: envíe `!account link` a Quorum por mensaje directo.
err-account-code-public = Los códigos de vinculación solo se usan por mensaje directo: otras personas aquí pudieron leer este. Si era un código válido, ya no funciona; pida uno nuevo con `!account link` por mensaje directo.
err-link-code-format = Eso no es un código de vinculación: un código son tres grupos de cuatro letras y cifras, como `K7QD-M4XP-9TRW`.
err-link-code-unknown = Ningún código de vinculación empieza por `{ $handle }`. Compruébelo o pida uno nuevo con `!account link` desde su otra cuenta.
err-link-code-used = Este código de vinculación ya se usó: un código sirve una sola vez. Pida uno nuevo con `!account link`.
err-link-code-expired = Este código de vinculación caducó el { $at }: un código vale 10 minutos. Pida uno nuevo con `!account link` desde la cuenta que lo pidió.
err-link-code-locked = Este código de vinculación está bloqueado: tuvo { $tries } intentos erróneos, o se envió en una sala donde otras personas podían leerlo. La persona que lo pidió debe pedir uno nuevo con `!account link`.
err-link-code-wrong = Código de vinculación erróneo. { $left ->
    [one] Un intento erróneo más lo bloquea.
   *[other] { $left } intentos erróneos más lo bloquean.
}
err-link-code-now-locked = Código de vinculación erróneo. Era el intento erróneo número { $tries }: el código queda bloqueado y la persona que lo pidió debe pedir uno nuevo con `!account link`.
err-link-code-own = Esta cuenta ya pertenece al miembro número { $id }, que pidió este código: no hay nada que vincular. Envíe el código desde su cuenta en otra plataforma.
err-link-code-same-platform = Este código se pidió en { $platform }: envíelo desde su cuenta en otra plataforma.
err-link-platform-taken = Ambos miembros tienen una cuenta en { $platform }, y un miembro tiene una cuenta por plataforma. Desvincule primero una de ellas con `!account unlink { $platform }`; el código sigue sirviendo hasta que caduque.
err-unlink-none = No tiene ninguna cuenta de { $platform } vinculada. `!whoami` muestra sus cuentas.
err-unlink-only = Su cuenta en { $platform } es su única cuenta: no hay nada de lo que desvincularla.

## Your data
cmd-mydata-summary = Obtener todo lo que Quorum guarda sobre usted.
cmd-mydata-help = Le envía, en privado, un archivo JSON con todo lo que Quorum guarda sobre usted: sus ajustes, cuentas, roles, fichas de miembro, recordatorios, respuestas, asistencias, puntos del orden del día, solicitudes y lo que el registro de auditoría anotó de sus acciones. No incluye las notas del personal sobre los miembros.
cmd-forgetme-summary = Borrar sus datos personales.
cmd-forgetme-help = Borra lo que Quorum guarda sobre usted: su nombre, idioma y zona horaria, sus cuentas (desvinculadas), sus roles, sus fichas de miembro (anónimas, como antiguos miembros, para los recuentos) y lo que escribió (recordatorios, puntos del orden del día, respuestas de solicitud). Los recuentos como la asistencia y el registro de auditoría se conservan con un seudónimo. Pide `--yes` antes; no se puede deshacer.
mydata-ready = Aquí tiene todo lo que Quorum guarda sobre usted, en un archivo JSON. No incluye las notas del personal sobre los miembros.
forgetme-ask = Esto borra su nombre, idioma y zona horaria, desvincula sus cuentas, quita sus roles, anonimiza sus fichas de miembro y reemplaza lo que escribió (recordatorios, puntos del orden del día, respuestas de solicitud). Los recuentos y el registro de auditoría conservan un seudónimo. No se puede deshacer: confirme con `!forgetme --yes`.
forgetme-confirm = Borrar mis datos
forgetme-done = Hecho: Quorum ha borrado sus datos personales. Sus cuentas ya no están vinculadas a ningún miembro; si vuelve a escribir, empieza de cero.

## Polls
category-polls = **Votaciones y derechos de voto**
cmd-poll-create-summary = Abrir una votación: opción única o múltiple, por preferencia, por puntuación o una propuesta.
cmd-poll-create-help = Abre una votación en esta sala: la pregunta y luego cada opción (una palabra o un texto entre comillas; de 2 a 20). Por defecto se elige una sola opción; `--multi` permite elegir varias (`--min`, `--max`); `--ranked` pide ordenar las opciones, que se escrutan por segunda vuelta instantánea mostrando cada ronda; `--score 0-5` pide una puntuación por opción; `--proposal` pide a favor, en contra o abstención, con `--majority simple|absolute|2/3` y `--quorum 50%` (o un número). `--anonymous` guarda la identidad de los votantes aparte de las papeletas: una papeleta no se puede cambiar y los resultados quedan ocultos hasta el cierre. `--body SHORT` solo deja votar a los miembros al día del órgano, un voto por miembro sean cuales sean las plataformas que use (según la lista fijada al abrirse la votación; `--weighted` cuenta su peso de voto). `--closes 48h` o `--closes "2026-12-10 18:00"` (en su hora) la cierra automáticamente; `--remind 24h` avisa en privado a quienes no han votado, con esa antelación al cierre.
cmd-poll-vote-summary = Votar en una votación o cambiar su voto.
cmd-poll-vote-help = Vota en una votación: un número de opción (`2`), varios (`1,3`), un orden de preferencia empezando por la preferida (`3 1 2`), una puntuación por opción en orden (`4 0 5`), o `yes`, `no` o `abstain` para una propuesta. Volver a votar sustituye su voto hasta el cierre, salvo en las votaciones secretas. Si tiene el poder de alguien, `--for @member` vota en su nombre y `--for all` en nombre de todas las personas cuyo poder tiene; mientras haya otorgado su poder, no puede votar en persona.
poll-ballot-open = Rellenar mi papeleta
poll-ballot-score = { $option } (0–{ $max })
poll-ballot-ranking = Su clasificación, la preferida primero
cmd-poll-ballot-summary = Rellenar en privado la papeleta de una votación.
cmd-poll-ballot-help = Le da en privado la papeleta de una votación por orden o por puntuación, paso a paso: en Discord, menús que solo usted ve (su primera opción, luego la siguiente entre las demás…, o una puntuación por opción), emitida con `!poll vote` solo cuando usted confirma; en otras plataformas, cómo votar. PICKS lleva lo elegido hasta ahora (`3,1`, o puntuaciones con `-` para las que faltan: `4,-,0`).
cmd-poll-show-summary = Mostrar una votación y sus resultados.
cmd-poll-show-help = Muestra la pregunta y las opciones de una votación, y su recuento: de inmediato si la votación no es secreta, tras el cierre si lo es. Las votaciones por orden de preferencia muestran cada ronda de la segunda vuelta instantánea; las propuestas indican si se aprobaron y por qué.
cmd-poll-close-summary = Cerrar una votación ahora.
cmd-poll-close-help = Cierra una votación antes de su plazo y publica el resultado en su sala. Pueden hacerlo quien la creó, la secretaría de su órgano o un administrador.
cmd-poll-extend-summary = Ampliar el plazo de una votación.
cmd-poll-extend-help = Añade tiempo a una votación abierta: a partir de su plazo, o desde ahora si no tenía.
cmd-poll-reopen-summary = Reabrir una votación cerrada.
cmd-poll-reopen-help = Reabre una votación cerrada; los votos emitidos se mantienen. `--closes` le da un nuevo plazo.
cmd-poll-voters-summary = Ver cuántos pueden votar y cuántos han votado.
cmd-poll-voters-help = Indica cuántos pueden votar en una votación y cuántos han votado. Mientras la votación está abierta, nombra a quienes han votado (nunca lo que eligieron); en una votación secreta, solo cuando han votado al menos tres.
cmd-poll-export-summary = Obtener los resultados de una votación en un archivo CSV.
cmd-poll-export-help = Envía las opciones y su recuento en un archivo CSV; mientras una votación que no es secreta está abierta, quien la creó y la secretaría reciben también qué votó cada cual.
cmd-poll-list-summary = Listar las votaciones de esta sala.
cmd-poll-list-help = Lista las votaciones abiertas de esta sala y de su órgano; `--all` lista también las cerradas.
cmd-proxy-give-summary = Otorgar su poder a otro miembro para que vote por usted.
cmd-proxy-give-help = Otorga su poder en un órgano a otro de sus miembros: esa persona emite su voto en las votaciones y elecciones del órgano (`!poll vote #4 2 --for @you`), y usted no puede votar en persona mientras el poder esté vigente. Un solo poder a la vez; uno nuevo sustituye al anterior. `--until DATE` le pone fin después de ese día. Quien tiene un poder no puede transferirlo.
cmd-proxy-revoke-summary = Revocar su poder.
cmd-proxy-revoke-help = Revoca el poder que otorgó en el órgano; vuelve a votar en persona. Un voto ya emitido por su apoderado se mantiene hasta que usted vote.
cmd-proxy-list-summary = Ver los poderes que ha otorgado y los que tiene.
cmd-proxy-list-help = Lista el poder que ha otorgado y los que tiene en el órgano; la secretaría ve todos los poderes del órgano.
cmd-member-weight-summary = Ver o fijar el peso del voto de un miembro.
cmd-member-weight-help = Muestra o fija cuántos votos vale el voto de un miembro en las votaciones y elecciones del órgano abiertas con `--weighted` (1 si no se fija; de 0 a 1000). Solo para la secretaría; queda en el registro de auditoría.
param-question = La pregunta
param-options = Las opciones, cada una una palabra o un texto entre comillas
param-choice = Su elección: un número, varios, un orden, puntuaciones, o yes/no/abstain
param-member = Un miembro: su número, como #12, o @nombre
param-weight = Un peso de voto, de 0 a 1000
param-all = También las cerradas
param-anonymous = Guardar la identidad de los votantes aparte de las papeletas (votación secreta)
param-closes = Cuándo se cierra: 48h o "2026-12-10 18:00"
param-for = Votar en nombre de @miembro cuyo poder tiene, o all
param-majority = Mayoría requerida: simple, absolute (absoluta) o 2/3
param-max = El máximo de opciones que puede elegir un votante
param-min = El mínimo de opciones que puede elegir un votante
param-multi = Permitir elegir varias opciones
param-proposal = A favor, en contra o abstención sobre una propuesta
param-quorum = Cuántos deben votar: 50% o un número
param-ranked = Los votantes ordenan las opciones
param-score = Los votantes puntúan cada opción, p. ej. 0-5
param-weighted = Contar el peso del voto de los miembros
poll-opened = Votación #{ $id }: **{ $question }** — { $kind } { $who } { $closes }
poll-kind-single = Elija una opción.
poll-kind-multi = Elija de { $min } a { $max } opciones.
poll-kind-ranked = Ordene las opciones, empezando por la preferida.
poll-kind-score = Puntúe cada opción de 0 a { $max }.
poll-kind-proposal = A favor, en contra o abstención; se requiere una mayoría `{ $majority }`.
poll-who-body = { $count ->
    [one] Vota { $count } miembro al día de `{ $body }`.
   *[other] Votan los { $count } miembros al día de `{ $body }`.
}
poll-who-room = Puede votar cualquier persona de esta sala.
poll-closes-at = Se cierra el { $at }.
poll-closes-never = Queda abierta hasta que alguien la cierre.
poll-flag-anonymous = Votación secreta: la identidad de los votantes se guarda aparte de las papeletas, una papeleta no se puede cambiar, los resultados se muestran al cierre y quién ha votado solo cuando hayan votado { $floor }.
poll-flag-weighted = Ponderada: el voto de cada miembro cuenta según su peso.
poll-flag-quorum = Quórum: `{ $quorum }` de quienes pueden votar.
poll-option = { $number }. { $label }
poll-label = { $text }
poll-yes = a favor
poll-no = en contra
poll-abstain = abstención
poll-how = Vote con `!{ $example }`; vuelva a votar para cambiar su voto.
poll-how-anonymous = Vote con `!{ $example }`, en privado si puede: una vez emitida, una papeleta secreta no se puede cambiar.
poll-vote-recorded = Su voto en la votación #{ $id } ha quedado registrado: { $choice }.
poll-vote-changed = Su voto en la votación #{ $id } ha sido cambiado: { $choice }.
poll-vote-for = { $count ->
    [one] Voto emitido también en nombre de { $names }, cuyo poder tiene.
   *[other] Voto emitido también en nombre de { $names } ({ $count }), cuyos poderes tiene.
}
poll-vote-cast-for = { $count ->
    [one] En la votación #{ $id } se ha emitido el voto de { $names }, cuyo poder tiene: { $choice }.
   *[other] En la votación #{ $id } se han emitido los votos de { $names }, cuyos poderes tiene: { $choice }.
}
poll-ballot-cast = { $count ->
    [one] Su papeleta en la votación n.º { $id } está emitida. Se guarda aparte de su nombre y no puede modificarse.
   *[other] { $count } papeletas en la votación n.º { $id } están emitidas. Se guardan aparte de todo nombre y no pueden modificarse.
}
poll-header = Votación #{ $id }: **{ $question }** — { $kind } { $state }
poll-state-open = Abierta.
poll-state-open-until = Abierta hasta el { $at }.
poll-state-closed = Cerrada.
poll-state-closed-at = Cerrada el { $at }.
poll-hidden-until-close = { $count ->
    [one] { $count } voto hasta ahora; los resultados se muestran al cierre.
   *[other] { $count } votos hasta ahora; los resultados se muestran al cierre.
}
poll-you-voted = Usted votó: { $choice }.
poll-you-voted-anonymous = Usted ya ha votado.
poll-result-line = { $label }: { $count } ({ $percent } %) { $bar }
poll-score-line = { $total ->
    [one] { $label }: { $total } punto (media { $average })
   *[other] { $label }: { $total } puntos (media { $average })
}
poll-result-leader = Mayor apoyo: **{ $label }**.
poll-result-tie = Empate en el mayor apoyo: **{ $labels }**.
poll-result-no-votes = No se emitió ningún voto.
poll-result-winner = Opción ganadora tras la segunda vuelta instantánea: **{ $label }**.
poll-round = Ronda { $round }: { $standing }; { $out } (papeletas agotadas: { $exhausted })
poll-round-none-out = ninguna opción eliminada
poll-round-out = eliminación: { $labels }
poll-round-out-lot = eliminación por sorteo entre empatadas: { $labels }
poll-proposal-passed = **Aprobada**: los votos a favor alcanzaron la mayoría `{ $majority }`.
poll-proposal-failed-majority = **No aprobada**: los votos a favor no alcanzaron la mayoría `{ $majority }`.
poll-proposal-failed-quorum = **No aprobada**: no se alcanzó el quórum (`{ $quorum }`, es decir, { $needed }); votaron { $counted }.
poll-turnout = { $count ->
    [one] { $count } voto.
   *[other] { $count } votos.
}
poll-turnout-of = Votaron { $count } de { $seats } ({ $percent } %).
poll-turnout-weighted = { $turnout } Recuento ponderado.
poll-closed-title = La votación #{ $id } está cerrada. El resultado:
poll-closed-by = Ha cerrado la votación #{ $id }. El resultado, publicado también en su sala:
poll-extended = La votación #{ $id } se cierra ahora el { $at }.
poll-reopened = La votación #{ $id } vuelve a estar abierta, hasta que alguien la cierre.
poll-reopened-until = La votación #{ $id } vuelve a estar abierta, hasta el { $at }.
poll-voters-title = Votación #{ $id }: { $turnout }
poll-voter-line = { $name }
poll-voters-withheld = Quién ha votado se muestra cuando hayan votado al menos { $floor }.
poll-export-ready = La votación #{ $id } en archivo CSV:
poll-list-title = { $count ->
    [one] { $count } votación:
   *[other] { $count } votaciones:
}
poll-list-line = #{ $id } **{ $question }** — { $state }
poll-list-none = No hay ninguna votación abierta aquí. `!poll "Question" "A" "B"` abre una.
poll-list-none-all = Aún no hay votaciones aquí. `!poll "Question" "A" "B"` abre una.
poll-reminder = La votación #{ $id } se cierra el { $at } y aún no ha votado: **{ $question }**
proxy-given = { $holder } tiene ahora su poder en `{ $body }`: emite su voto por usted, y usted no puede votar en persona hasta que lo revoque (`!proxy revoke`).
proxy-given-until = { $holder } tiene ahora su poder en `{ $body }` hasta el { $until }: emite su voto por usted, y usted no puede votar en persona hasta esa fecha o hasta que lo revoque (`!proxy revoke`).
proxy-revoked = Su poder en `{ $body }` ha quedado revocado: vuelve a votar en persona.
proxy-list-title = Poderes en `{ $body }`:
proxy-list-none = No hay ningún poder vigente que le concierna en `{ $body }`.
proxy-line = { $giver } → { $holder } (`{ $body }`)
proxy-line-until = { $giver } → { $holder } (`{ $body }`), hasta el { $until }
member-weight-set = El peso del voto de #{ $id } **{ $name }** es ahora { $weight }.
member-weight-is = El peso del voto de #{ $id } **{ $name }** es { $weight }.
err-poll-closed = La votación #{ $id } está cerrada.
err-poll-open = La votación #{ $id } ya está abierta.
err-poll-option-count = Una votación necesita de 2 a { $max } opciones; esta tiene { $count }.
err-poll-option-twice = La opción «{ $option }» aparece dos veces.
err-poll-proposal-options = Las opciones de una propuesta son a favor, en contra y abstención: indique solo la pregunta.
err-poll-min-max = `--min { $min }` y `--max { $max }` no encajan con { $count } opciones.
err-poll-majority-proposal = `--majority` es solo para propuestas (`--proposal`).
err-poll-needs-body = `--quorum`, `--weighted` y la mayoría absoluta se calculan sobre los miembros de un órgano: añada `--body SHORT`.
err-poll-remind-no-close = `--remind` requiere `--closes`: es un recordatorio antes del cierre.
err-poll-remind-too-early = El recordatorio quedaría en el pasado: haga `--remind` más corto que el tiempo que falta para el cierre.
err-poll-choice = «{ $value }» no es una opción: elija un número del 1 al { $count }.
err-poll-choice-twice = La opción { $choice } aparece dos veces.
err-poll-choice-count = Elija de { $min } a { $max } opciones.
err-poll-single = Elija una sola opción.
err-poll-score-count = Dé una puntuación de 0 a { $max } a cada una de las { $count } opciones, en orden.
err-poll-score = «{ $value }» no es una puntuación de 0 a { $max }.
err-poll-proposal-choice = «{ $value }» no es una respuesta posible a una propuesta: vote `yes`, `no` o `abstain`.
err-poll-anonymous-cast = Ya ha votado en la votación #{ $id }; una papeleta secreta no se puede cambiar.
err-poll-anonymous-cast-for = Ya se emitió una papeleta en nombre de { $name } en la votación #{ $id }; una papeleta secreta no se puede cambiar.
err-poll-not-eligible = No puede participar en la votación #{ $id }: está reservada a los miembros al día de su órgano, según la lista fijada al abrirse.
err-poll-giver-not-eligible = { $name } no puede participar en esta votación, y por tanto tampoco su apoderado.
err-poll-proxy-given = Otorgó su poder a { $holder }: esa persona vota por usted. Revóquelo primero (`!proxy revoke`) para votar en persona.
err-poll-no-proxy = No tiene el poder de { $name }.
err-poll-no-proxies = No tiene el poder de nadie que pueda participar en esta votación.
err-poll-proxy-room = Los poderes cuentan en las votaciones de un órgano (`--body`); esta votación es de la sala.
err-poll-not-yours = Solo quien creó la votación #{ $id }, la secretaría de su órgano o un administrador puede hacerlo.
err-poll-export-anonymous = La votación secreta #{ $id } podrá exportarse cuando esté cerrada.
err-proxy-self = No puede otorgarse el poder a sí mismo.
err-proxy-not-member = Solo los miembros al día de `{ $body }` pueden otorgar un poder en él.
err-proxy-holder-not-member = { $name } no es miembro al día de `{ $body }`.
err-proxy-chain = { $name } otorgó su propio poder a otra persona: un poder no se puede transferir.
err-proxy-none = No tiene ningún poder vigente en `{ $body }`.
err-proxy-until-past = Esa fecha ya pasó.
err-weight-no-record = { $name } no tiene ficha de miembro en este órgano.
## Encuestas de fecha
category-scheduling = **Encuestas de fecha**
cmd-when-create-summary = Encontrar el horario que mejor conviene: una encuesta de franjas (`!when`).
cmd-when-create-help = Propone de 2 a 20 franjas para una reunión, cada una una fecha y una hora en la zona indicada (`--zone`), todas entre comillas y separadas por comas. Cada persona ve cada franja en su propia zona y responde sí, quizá (si hace falta) o no a cada una; el resultado indica la franja que mejor conviene (la de más sí y si hace falta, luego la de más sí, luego la más temprana) y a quién deja fuera. `--duration` es la duración de la reunión (1 hora si no se indica). `--closes` cierra la encuesta tras un plazo (`3d`) o en una fecha y hora de la zona de la encuesta (`"2027-01-10 12:00"`), antes de su primera franja, y publica el resultado aquí. Un miembro del órgano de la sala (`member` o superior) crea una encuesta que responden los miembros al corriente del órgano; el personal de otro órgano crea una de ese órgano con `--body`; en una sala sin órgano, cualquiera crea una que responde toda la sala. Se rechaza una franja que no existe en la zona (los relojes se la saltan) o que ya pasó; una que ocurre dos veces (se atrasan los relojes) se toma como la primera.
cmd-when-show-summary = Ver una encuesta de fecha: sus franjas en su zona, sus respuestas o su resultado.
cmd-when-show-help = Muestra cada franja en su zona horaria con sus recuentos de sí, si hace falta y no. Mientras la encuesta está abierta, también quién respondió qué (las respuestas no son secretas) y quién aún no ha respondido; una vez cerrada, el resultado: la franja que mejor conviene y a quién deja fuera.
cmd-when-answer-summary = Responder a una encuesta de fecha: sí, quizá o no para cada franja.
cmd-when-answer-help = Da una respuesta por franja, en el orden de la encuesta, separadas por comas: `yes` (sí), `maybe` (si hace falta) o `no`, o sus iniciales `y`, `m`, `n`. Responder de nuevo reemplaza sus respuestas, hasta que la encuesta se cierre. La encuesta de un órgano la responden sus miembros al corriente, contados como para el quórum; la de una sala sin órgano, cualquiera que esté en ella.
cmd-when-close-summary = Cerrar una encuesta de fecha y publicar su resultado.
cmd-when-close-help = Cierra la encuesta antes de su plazo y da su resultado: la franja que mejor conviene, a quién deja fuera y los recuentos de cada franja. Para quien la creó, el personal de su órgano y los administradores. Su plazo ya no hace nada después.
cmd-when-list-summary = Listar las encuestas de fecha abiertas aquí.
cmd-when-list-help = Lista las encuestas de fecha abiertas del órgano de la sala (de esta sala, si no tiene órgano), con cuántas personas respondió cada una.
cmd-when-schedule-summary = Convertir una franja de una encuesta de fecha en una reunión.
cmd-when-schedule-help = Programa una reunión del órgano de la encuesta en la franja indicada (su número en la encuesta), con el título, la zona y la duración de la encuesta y el recordatorio habitual una hora antes, igual que `!meeting schedule`; la encuesta queda entonces cerrada y marcada como programada. Para quien creó la encuesta, el personal de su órgano y los administradores.
param-slots = Las franjas, entre comillas: "2027-01-12 14:00, 2027-01-13 09:00"
param-slot = El número de la franja en la encuesta, como 2
when-created = Encuesta de fecha #{ $id }: { $title } ({ $duration }). ¿Cuáles de estos horarios le convienen?
when-slot-line = { $number }. { $time }
when-ambiguous = Franja { $number }: { $local } ocurre dos veces en { $zone } esa noche (se atrasan los relojes); la encuesta toma la primera de las dos.
when-how-body = Los miembros de `{ $body }` responden a cada franja, en orden, con yes (sí), maybe (si hace falta) o no: `!when answer #{ $id } { $example }`
when-how-room = Cualquiera aquí puede responder a cada franja, en orden, con yes (sí), maybe (si hace falta) o no: `!when answer #{ $id } { $example }`
when-closes = La encuesta se cierra el { $time }; las respuestas pueden cambiarse hasta entonces.
when-no-deadline = Las respuestas pueden cambiarse hasta que la encuesta se cierre con `!when close #{ $id }`.
when-show-open = Encuesta de fecha #{ $id }: { $title } ({ $duration }), abierta.
when-show-open-until = Encuesta de fecha #{ $id }: { $title } ({ $duration }), abierta hasta el { $time }.
when-grid-line = { $number }. { $time } — { $yes } sí · { $maybe } si hace falta · { $no } no
when-show-no-answers = Aún no hay respuestas.
when-show-voters = { $count ->
    [one] Ha respondido una persona:
   *[other] Han respondido { $count } personas:
}
when-voter-line = { $name }: { $answers }
when-legend = ✅ sí · ❔ si hace falta · ❌ no
when-show-silent = Aún sin responder ({ $count }): { $names }
when-show-closed = Encuesta de fecha #{ $id }: { $title }, cerrada.
when-show-scheduled = Encuesta de fecha #{ $id }: { $title }, programada como reunión #{ $meeting }.
when-closed = La encuesta de fecha #{ $id } «{ $title }» está cerrada.
when-best = La que mejor conviene: franja { $number }, { $time } ({ $yes } sí, { $maybe } si hace falta).
when-best-none = Ninguna franja tiene un sí ni un si hace falta.
when-left-out = { $count ->
    [one] Deja fuera a una persona:
   *[other] Deja fuera a { $count } personas:
}
when-left-no = { $name } (respondió no)
when-left-silent = { $name } (no respondió)
when-left-none = No deja fuera a nadie.
when-grid-title = Todas las franjas:
when-schedule-choice = Convertir la franja { $number } en reunión
when-answered = Sus respuestas a la encuesta de fecha #{ $id } «{ $title }»:
when-answered-again = Sus respuestas a la encuesta de fecha #{ $id } «{ $title }» han cambiado:
when-answer-line = { $number }. { $time }: { $answer ->
    [yes] sí
    [maybe] si hace falta
   *[no] no
}
when-list-none = No hay ninguna encuesta de fecha abierta aquí. `!when "TITLE" --slots "DATE TIME, DATE TIME" --zone ZONE` inicia una.
when-list-title = { $count ->
    [one] Una encuesta de fecha abierta:
   *[other] { $count } encuestas de fecha abiertas:
}
when-list-line = #{ $id } · { $title } · { $answered ->
    [one] una respuesta
   *[other] { $answered } respuestas
}
when-list-line-closes = #{ $id } · { $title } · { $answered ->
    [one] una respuesta
   *[other] { $answered } respuestas
} · se cierra el { $time }
when-scheduled = La encuesta de fecha #{ $id } está cerrada: la franja { $number } se convirtió en la reunión #{ $meeting }.
err-when-slot-count = Una encuesta de fecha propone de { $min } a { $max } franjas; se indicaron { $count }.
err-when-slot-twice = La franja { $slot } se indica dos veces.
err-when-closes-late = La encuesta se cerraría el { $closes }, ya empezada su primera franja ({ $first }): indique un `--closes` anterior.
err-when-not-voter = La encuesta de fecha #{ $id } la responden los miembros al corriente de `{ $body }`, y usted no cuenta como uno de ellos.
err-when-not-open = La encuesta de fecha #{ $id } está cerrada: ya no admite respuestas.
err-when-answer-count = La encuesta de fecha #{ $id } tiene { $slots } franjas: dé una respuesta por franja, en orden (se dieron { $given }).
err-when-not-yours = Solo quien creó la encuesta de fecha #{ $id }, el personal de su órgano o un administrador puede hacerlo.
err-when-already-closed = La encuesta de fecha #{ $id } ya está cerrada.
err-when-scheduled = La encuesta de fecha #{ $id } ya está programada, como reunión #{ $meeting }.
err-when-no-slot = La encuesta de fecha #{ $id } tiene las franjas 1 a { $slots }: no hay franja { $number }.

## Minutes
category-minutes = **Actas**
cmd-startmeeting-summary = Empezar el acta de una reunión en esta sala.
cmd-startmeeting-help = Abre el acta aquí, con usted en la presidencia. Si una reunión de esta sala está en curso o empieza en 30 minutos, el acta le pertenece y su orden del día da los temas. Una reunión a la vez por sala; termina sola tras dos horas sin ninguna línea.
cmd-topic-summary = Pasar a un nuevo tema (presidencia); `!topic next` toma el siguiente punto del orden del día.
cmd-topic-help = Anota un nuevo tema en el acta y lo anuncia. `!topic next` aborda el siguiente punto del orden del día de la reunión.
cmd-info-summary = Anotar una información en el acta.
cmd-info-help = Añade una información al acta; cualquiera puede hacerlo.
cmd-idea-summary = Anotar una idea en el acta.
cmd-idea-help = Añade una idea al acta; cualquiera puede hacerlo.
cmd-agreed-summary = Registrar un acuerdo (presidencia; también `!decision`).
cmd-agreed-help = Registra lo que la reunión acordó. Solo la presidencia puede.
cmd-rejected-summary = Registrar lo que la reunión rechazó (presidencia).
cmd-rejected-help = Registra una propuesta que la reunión rechazó. Solo la presidencia puede.
cmd-action-summary = Registrar una tarea y sus responsables (presidencia).
cmd-action-help = Registra una tarea para una o varias personas, nombradas primero; alguien que Quorum aún no conoce se guarda por su nombre. `--due` da la fecha límite.
cmd-link-summary = Añadir un enlace al acta.
cmd-link-help = Añade un enlace http o https, con una descripción opcional; cualquiera puede hacerlo.
cmd-chair-summary = Dar la presidencia a alguien (presidencia).
cmd-chair-help = La presidencia registra acuerdos, rechazos, tareas y temas, deshace su último punto y cierra la reunión.
cmd-unchair-summary = Quitar la presidencia a alguien (presidencia).
cmd-unchair-help = Quita la presidencia a una persona; la reunión conserva al menos una.
cmd-undo-summary = Quitar su último punto del acta (presidencia).
cmd-undo-help = Quita el último punto que registró; su línea queda en el registro.
cmd-here-summary = Indicar que está presente.
cmd-here-help = Le registra como presente; en una reunión programada, es también su respuesta al pase de lista.
cmd-endmeeting-summary = Cerrar la reunión y publicar su resumen (presidencia).
cmd-endmeeting-help = Cierra el acta, publica los acuerdos, las tareas por responsable y los asistentes, y guarda el acta completa en el archivo.
cmd-minutes-list-summary = Listar las actas de esta sala y de su órgano (`!minutes`).
cmd-minutes-list-help = Muestra las últimas actas, de la más reciente a la más antigua.
cmd-minutes-show-summary = Mostrar el resumen de un acta.
cmd-minutes-show-help = Muestra los acuerdos, tareas y asistentes de un acta cerrada, y si está aprobada.
cmd-minutes-get-summary = Obtener el acta completa como archivo.
cmd-minutes-get-help = Da el acta completa en Markdown (por defecto), HTML o texto plano, cada punto enlazado a su línea del registro.
cmd-minutes-search-summary = Buscar en las actas.
cmd-minutes-search-help = Encuentra las actas cuyo título o algún punto contiene el texto.
cmd-minutes-edit-summary = Corregir un punto del acta (presidencia, antes de aprobarla).
cmd-minutes-edit-help = Sustituye el texto de un punto de un acta cerrada y aún no aprobada; el cambio queda en el registro de auditoría.
cmd-minutes-approve-summary = Aprobar un acta (presidencia).
cmd-minutes-approve-help = Aprueba un acta cerrada; un acta aprobada ya no puede modificarse.
param-url = La dirección, empezando por https://
param-due = La fecha límite, como 2026-12-20
param-format = md, html o txt
err-minutes-direct = El acta se toma en una sala de reunión, no en una conversación privada.
err-minutes-none = No se está levantando acta de ninguna reunión en esta sala. Empiece una con `!startmeeting`.
err-minutes-not-chair = Solo la presidencia de esta reunión puede hacerlo: quien la abrió, las personas que añadió, el personal del órgano de esta sala o un administrador.
err-minutes-running = Ya se está levantando acta de la reunión #{ $id } «{ $title }» aquí; ciérrela antes con `!endmeeting`.
err-minutes-no-agenda = Esta reunión no tiene orden del día del que tomar el siguiente tema; indique el tema.
err-minutes-agenda-done = Ya se han abordado todos los puntos del orden del día.
err-minutes-chair-already = { $who } ya forma parte de la presidencia.
err-minutes-not-a-chair = { $who } no forma parte de la presidencia de esta reunión.
err-minutes-last-chair = La reunión necesita al menos una persona en la presidencia.
err-minutes-nothing-to-undo = No le queda ningún punto que deshacer.
err-minutes-still-running = El acta #{ $id } aún se está levantando.
err-minutes-approved = El acta #{ $id } está aprobada y ya no puede cambiar.
err-minutes-no-item = El acta #{ $id } no tiene punto { $item }.
minutes-untitled = Reunión
minutes-started = 📝 Acta #{ $id } «{ $title }» abierta.
minutes-linked = Pertenece a la reunión #{ $meeting } del { $time }.
minutes-agenda = { $count ->
    [one] El orden del día tiene un punto; `!topic next` lo aborda:
   *[other] El orden del día tiene { $count } puntos; `!topic next` los aborda uno a uno:
}
minutes-agenda-line = { $position }. { $text }
minutes-started-help = Presidencia: `!topic`, `!agreed`, `!rejected`, `!action @persona …`, `!undo`, `!endmeeting`. Todos: `!info`, `!idea`, `!link`, `!here`.
minutes-topic = 📌 Tema: { $text }
minutes-kind-topic = Tema
minutes-kind-info = Información
minutes-kind-idea = Idea
minutes-kind-agreed = Acordado
minutes-kind-rejected = Rechazado
minutes-kind-action = Tarea
minutes-kind-link = Enlace
minutes-noted = ✓ { $kind }: anotado como punto { $item }.
minutes-chair-added = { $who } forma ahora parte de la presidencia de esta reunión.
minutes-chair-removed = { $name } ya no forma parte de la presidencia de esta reunión.
minutes-undone = ↩ Punto { $item } ({ $kind }) retirado.
minutes-here = ✓ Su asistencia queda registrada.
minutes-here-already = Su asistencia ya estaba registrada.
minutes-ended = 📝 Acta #{ $id } «{ $title }» cerrada ({ $lines ->
    [one] una línea
   *[other] { $lines } líneas
} en el registro).
minutes-summary-decisions = { $count ->
    [0] **Acuerdos**: ninguno.
   *[other] **Acuerdos** ({ $count }):
}
minutes-summary-item = { $text }
minutes-summary-rejected = **Rechazado** ({ $count }):
minutes-summary-actions = { $count ->
    [0] **Tareas**: ninguna.
   *[other] **Tareas** ({ $count }):
}
minutes-summary-action = { $owner }: { $text }
minutes-summary-action-due = { $owner }: { $text } (fecha límite { $due })
minutes-summary-attendees = { $count ->
    [0] **Asistentes**: nadie dijo `!here`.
   *[other] **Asistentes** ({ $count }): { $names }
}
minutes-summary-next = Próxima reunión: #{ $meeting }, { $time }.
minutes-summary-get = El acta completa: `!minutes get #{ $id }` (md, html o txt).
minutes-ended-idle = La reunión se cerró sola tras { $hours ->
    [one] una hora
   *[other] { $hours } horas
} sin ninguna línea.
minutes-list-title = { $count ->
    [one] Un acta:
   *[other] { $count } actas:
}
minutes-list-empty = Aún no hay actas aquí.
minutes-list-line = #{ $id } «{ $title }», { $time } (borrador)
minutes-list-line-approved = #{ $id } «{ $title }», { $time } (aprobada)
minutes-search-title = { $count ->
    [one] Un acta menciona «{ $text }»:
   *[other] { $count } actas mencionan «{ $text }»:
}
minutes-search-none = Ningún acta menciona «{ $text }».
minutes-status-approved = Aprobada el { $time }.
minutes-status-draft = Aún no aprobada.
minutes-file = El acta #{ $id } «{ $title }».
minutes-edited = El punto { $item } del acta #{ $id } dice ahora: { $text }
minutes-approved = ✅ El acta #{ $id } «{ $title }» está aprobada.
minutes-doc-started = Inicio
minutes-doc-ended = Cierre
minutes-doc-chairs = Presidencia
minutes-doc-approved = Aprobada
minutes-doc-draft = todavía no
minutes-doc-attendees = Asistentes
minutes-doc-items = Puntos
minutes-doc-decisions = Acuerdos
minutes-doc-actions = Tareas
minutes-doc-due = fecha límite
minutes-doc-log = Registro completo

## Papeletas paso a paso
param-picks = Lo elegido hasta ahora: opciones en orden como 3,1, o puntuaciones como 4,-,0
param-cancel = Dejar la papeleta de lado sin votar
poll-ballot-rank-placeholder = Opción n.º { $place }
poll-ballot-ranked-so-far = Su clasificación hasta ahora: { $choice }
poll-ballot-ranked-ready = Su clasificación: { $choice }. Emítala o vuelva a empezar.
poll-ballot-score-step = Dé a cada opción una puntuación de 0 a { $max } (opciones { $from } a { $to } de { $count }).
poll-ballot-score-line = { $option }: { $score }
poll-ballot-score-missing = { $count ->
    [one] A una opción le falta la puntuación.
   *[other] A { $count } opciones les falta la puntuación.
}
poll-ballot-confirm = Emitir este voto
poll-ballot-restart = Empezar de nuevo
poll-ballot-cancel = Cancelar
poll-ballot-next = Opciones siguientes
poll-ballot-back = Opciones anteriores
poll-ballot-cancelled = No se emitió nada: su papeleta de la votación n.º { $id } queda de lado.
err-poll-ballot-page = { $count ->
    [one] La papeleta de la votación n.º { $id } tiene una sola página.
   *[other] La papeleta de la votación n.º { $id } tiene { $count } páginas: indique una página de 1 a { $count }.
}
err-poll-ballot-steps = La votación n.º { $id } se vota en un solo paso, con `!poll vote #{ $id } …`: su papeleta no admite elecciones parciales.
## Action items
cmd-actions-list-summary = Listar las tareas abiertas (de este órgano, o de una persona).
cmd-actions-list-help = Lista las tareas abiertas del órgano de esta sala (o del indicado con `--body`), primero la que vence antes, cada una con su número, responsables, fecha límite en su zona horaria y el acta de la que procede. Nombre a una persona para ver solo las suyas; `--overdue` deja solo las vencidas. En una conversación privada, lista las suyas.
cmd-actions-show-summary = Mostrar una tarea con sus comentarios.
cmd-actions-show-help = Muestra una tarea: sus responsables, su fecha límite, el acta de la que procede, si está hecha y todos sus comentarios.
cmd-actions-done-summary = Marcar una tarea como hecha.
cmd-actions-done-help = Cierra una tarea: sale de las listas y de los próximos órdenes del día, y sus recordatorios se detienen. Pueden hacerlo sus responsables, la presidencia de su reunión y la secretaría de su órgano; el cambio queda en el registro de auditoría.
cmd-actions-reassign-summary = Encargar una tarea a otra persona.
cmd-actions-reassign-help = Hace de una persona la única responsable de una tarea. A quien Quorum aún no conoce se le guarda por su nombre y no recibe recordatorios. Pueden hacerlo sus responsables, la presidencia de su reunión y la secretaría de su órgano; el cambio queda auditado.
cmd-actions-due-summary = Fijar o quitar la fecha límite de una tarea.
cmd-actions-due-help = Fija la fecha límite de una tarea (el final de ese día en su zona horaria), o `none` para quitarla. Sus responsables reciben un recordatorio privado el día antes y cuando vence. Pueden hacerlo sus responsables, la presidencia de su reunión y la secretaría de su órgano; el cambio queda auditado.
cmd-actions-comment-summary = Comentar una tarea.
cmd-actions-comment-help = Añade un comentario a una tarea, que muestra `!action show`. Pueden hacerlo sus responsables, la presidencia de su reunión y la secretaría de su órgano; el cambio queda auditado.
param-overdue = Solo las tareas vencidas
actions-title = { $count ->
    [one] Una tarea abierta:
   *[other] { $count } tareas abiertas:
}
actions-title-overdue = { $count ->
    [one] Una tarea vencida:
   *[other] { $count } tareas vencidas:
}
actions-none = No hay tareas abiertas.
actions-none-overdue = Ninguna tarea abierta está vencida.
actions-hint = Detalles y comentarios: `!action show ID`; una vez hecha: `!action done ID`.
action-line = #{ $id } { $text } — { $owners } · { $due } · acta #{ $minutes }
action-due-on = vence { $time }
action-due-overdue = ⚠ vencida desde { $time }
action-due-none = sin fecha límite
action-unreminded = Guardados solo por su nombre, sin recordatorios hasta que se unan a Quorum: { $names }.
action-show-title = Tarea #{ $id }: { $text }
action-show-owners = Responsables: { $owners } · { $due }
action-show-source = Del acta #{ $minutes } «{ $title }», punto { $item }.
action-show-open = Abierta. Una vez hecha: `!action done #{ $id }`.
action-show-done = ✅ Hecha { $time } por { $name }.
action-show-comments = { $count ->
    [0] Aún no hay comentarios.
    [one] Un comentario:
   *[other] { $count } comentarios:
}
action-comment-line = { $time } — { $name }: { $text }
action-done = ✅ La tarea #{ $id } está hecha: { $text }
action-reassigned = La tarea #{ $id } queda ahora a cargo de { $name }.
action-due-set = La tarea #{ $id } vence ahora { $time }.
action-due-cleared = La tarea #{ $id } ya no tiene fecha límite.
action-commented = 💬 Comentario añadido a la tarea #{ $id }.
action-reminder-soon = ⏰ La tarea #{ $id } vence { $time }: { $text } (acta #{ $minutes } «{ $title }»). Una vez hecha: `!action done #{ $id }`.
action-reminder-overdue = ⚠ La tarea #{ $id } vencía { $time } y sigue abierta: { $text } (acta #{ $minutes } «{ $title }»). Una vez hecha: `!action done #{ $id }`; para una nueva fecha: `!action due #{ $id } DATE`.
err-action-not-yours = Solo un responsable de la tarea #{ $id }, la presidencia de su reunión, la secretaría de su órgano o un administrador pueden cambiarla.
err-action-not-found = No hay ninguna tarea #{ $id } aquí; `!actions` las lista.
err-action-done-already = La tarea #{ $id } ya está hecha.
err-action-owner-already = La tarea #{ $id } ya está solo a cargo de { $name }.
err-action-due-past = { $date } ya pasó: la fecha límite debe ser hoy o más adelante.
agenda-open-actions = { $count ->
    [one] Una tarea abierta de reuniones anteriores:
   *[other] { $count } tareas abiertas de reuniones anteriores:
}
minutes-summary-open-actions = **Tareas abiertas** de reuniones anteriores ({ $count }):
minutes-doc-open-actions = Tareas abiertas de reuniones anteriores
minutes-doc-from = acta
minutes-action-numbered = ✓ Tarea #{ $action } anotada como punto { $item }, para { $owners }.
## Motions, speaking time, posting minutes and approval by poll
cmd-motion-open-summary = Someter una moción a votación de la reunión (`!motion TEXTO`).
cmd-motion-open-help = Registra una moción en el acta y abre su votación (sí, no o abstención) entre los presentes. Una moción a la vez; la presidencia la cierra.
cmd-motion-vote-summary = Votar la moción abierta: sí, no o abstención.
cmd-motion-vote-help = Registra su voto nominal sobre la moción abierta; solo votan los registrados como presentes (`!here`). Puede cambiar su voto hasta el cierre.
cmd-motion-count-summary = Registrar una votación a mano alzada sobre la moción abierta (presidencia).
cmd-motion-count-help = Registra las manos a favor, en contra y abstenciones; el cierre las cuenta en lugar de los votos nominales.
cmd-motion-close-summary = Cerrar la votación de la moción abierta y registrar su resultado (presidencia).
cmd-motion-close-help = Cuenta la votación a mano alzada, o si no los votos nominales, según la mayoría requerida: simple (más síes que noes, por defecto), absoluta (sí de más de la mitad de los presentes) o 2/3 (dos tercios de los síes y noes).
cmd-minutes-post-summary = Publicar un acta aprobada en cada sala del órgano (presidencia).
cmd-minutes-post-help = Adjunta los enlaces del orden del día, la transcripción y la grabación indicados, y publica una sola vez el acta aprobada, como resumen y archivo, en cada sala del órgano.
param-ayes = Cuántas manos a favor
param-noes = Cuántas manos en contra
param-abstentions = Cuántas abstenciones
param-agenda = La dirección del orden del día, que empieza por https://
param-transcript = La dirección de la transcripción, que empieza por https://
param-recording = La dirección de la grabación, que empieza por https://
param-poll = Aprobar mediante una votación de propuesta del órgano
err-motion-open = Ya hay una moción abierta a votación (punto { $item }: { $text }); ciérrela primero con `!motion close`.
err-motion-none = No hay ninguna moción abierta a votación en esta reunión. Presente una con `!motion TEXTO`.
err-motion-counted = Se registró una votación a mano alzada para la moción (punto { $item }); los votos nominales ya no cuentan.
err-motion-not-present = Solo los presentes votan una moción: diga primero `!here`.
err-motion-no-hands = Una votación a mano alzada necesita al menos una mano: indique las manos a favor, en contra y abstenciones, como `!motion count 12 3 1`.
err-motion-no-votes = Nadie ha votado aún la moción (punto { $item }): los presentes votan con `!motion vote yes|no|abstain`, o la presidencia registra una votación a mano alzada con `!motion count`.
motion-opened = 🗳 { $name } presenta una moción (punto { $item }): { $text }
motion-how = Los presentes votan con `!motion vote yes|no|abstain`; la presidencia puede registrar una votación a mano alzada con `!motion count A_FAVOR EN_CONTRA ABSTENCIONES` y cierra la votación con `!motion close [--majority simple|absolute|2/3]`.
motion-voted = ✓ Su voto sobre la moción (punto { $item }): { $choice }.
motion-choice-yes = sí
motion-choice-no = no
motion-choice-abstain = abstención
motion-counted = ✋ Votación a mano alzada sobre la moción (punto { $item }): sí { $yes }, no { $no }, abstención { $abstain }.
motion-carried = ✅ Moción aprobada (punto { $item }): { $text } — sí { $yes }, no { $no }, abstención { $abstain } ({ $majority }, { $how }).
motion-failed = ❌ Moción rechazada (punto { $item }): { $text } — sí { $yes }, no { $no }, abstención { $abstain } ({ $majority }, { $how }).
motion-majority-simple = mayoría simple
motion-majority-absolute = mayoría absoluta
motion-majority-two-thirds = mayoría de dos tercios
motion-by-hands = a mano alzada
motion-by-name = nominal
minutes-kind-motion = Moción
minutes-summary-motions = **Mociones** ({ $count }):
minutes-summary-motion-open = Moción no sometida a votación (punto { $item }): { $text }
minutes-summary-speakers = **Tiempo de palabra** ({ $count }):
minutes-summary-speaker = { $name }: { $time } ({ $turns ->
    [one] una intervención
   *[other] { $turns } intervenciones
})
minutes-doc-motions = Mociones
minutes-doc-motion-carried = Aprobada
minutes-doc-motion-failed = Rechazada
minutes-doc-motion-open = No sometida a votación
minutes-doc-motion-result = { $outcome }: sí { $yes }, no { $no }, abstención { $abstain } ({ $majority }, { $how }; { $present } presentes)
minutes-doc-moved-by = presentada por { $name }
minutes-doc-speakers = Intervenciones
minutes-doc-speaking-time = Tiempo de palabra
minutes-doc-agenda = Orden del día
minutes-doc-transcript = Transcripción
minutes-doc-recording = Grabación
err-minutes-post-unapproved = El acta #{ $id } aún no está aprobada, así que no se puede publicar. Apruébela primero con `!minutes approve #{ $id }` (o mediante una votación del órgano con `--poll`).
err-minutes-posted = El acta #{ $id } ya se publicó.
minutes-post-title = 📝 Acta aprobada #{ $id } «{ $title }»
minutes-post-agenda = Orden del día: { $url }
minutes-post-transcript = Transcripción: { $url }
minutes-post-recording = Grabación: { $url }
minutes-posted = 📤 Acta #{ $id } publicada en { $rooms ->
    [one] una sala
   *[other] { $rooms } salas
}.
err-minutes-poll-no-body = Solo el acta de una sala de un órgano puede aprobarse mediante votación; la presidencia puede aprobar esta con `!minutes approve ID`.
err-minutes-poll-open = La votación #{ $poll } sobre la aprobación del acta #{ $id } sigue abierta.
minutes-approval-question = ¿Aprobar el acta #{ $id } «{ $title }»?
minutes-approval-poll = 🗳 Votación #{ $poll } abierta: si se aprueba, el acta #{ $id } queda aprobada.
minutes-approved-by-poll = ✅ El acta #{ $id } «{ $title }» queda aprobada por la votación #{ $poll }.

## Elections

category-elections = **Elecciones**
cmd-election-create-summary = Abrir una elección en su fase de candidaturas (personal del órgano).
cmd-election-create-help = Abre una elección de un órgano: el título, `--seats N`, `--method plurality|approval|irv|stv|schulze` (el STV tal como lo cuenta la Scottish Local Government Elections Order 2007; la segunda vuelta instantánea cubre un solo puesto), y `--roll SHORT` (los miembros al día del órgano) o `--roll SHORT-exec` (solo su comité). Primero vienen las candidaturas: `--nominations 7d` abre la votación por sí sola pasado ese plazo; si no, el personal la abre con `!election open ID`. `--voting 7d` es lo que dura la votación. `--quorum 50%` (o un número de papeletas) es necesario para que el resultado sea válido; `--weighted` cuenta el peso del voto de los miembros; `--seconded` exige un apoyo para cada candidatura. Cada paso queda en el registro de auditoría del órgano.
cmd-election-list-summary = Listar las elecciones de sus órganos.
cmd-election-list-help = Lista las elecciones aún no cerradas del órgano de esta sala y de los órganos a los que usted pertenece; `--all` lista también las cerradas.
cmd-election-show-summary = Mostrar una elección: su fase, candidaturas y plazos.
cmd-election-show-help = Muestra una elección: su método y puestos, en qué punto está, las personas propuestas (o los candidatos, numerados como en la papeleta) y qué hacer a continuación.
cmd-election-open-summary = Cerrar las candidaturas y abrir la votación ahora (personal).
cmd-election-open-help = Cierra las candidaturas y abre la votación de inmediato, durante lo que fije `--voting` en la elección. Los candidatos que aceptaron (y recibieron apoyo, donde se exige) se numeran en el orden en que fueron propuestos, y se fija el censo: los miembros al día del órgano en ese momento. Si no hay más candidatos que puestos, quedan elegidos sin oposición y no hay votación.
cmd-election-close-summary = Cerrar la votación ahora y hacer el recuento (personal).
cmd-election-close-help = Cierra la votación antes de su plazo y hace el recuento de las papeletas. El resultado, cada ronda del recuento y el tablón de anuncios (las papeletas como archivo BLT y la lista de hashes de los recibos) se publican en las salas del órgano.
cmd-election-results-summary = Mostrar el recuento de una elección cerrada, ronda por ronda.
cmd-election-results-help = Muestra el resultado de una elección cerrada: la participación, quién resulta elegido, cada ronda del recuento (cuota, votos, transferencias, exclusiones, votos intransferibles; en Schulze, la matriz de comparaciones por pares y los caminos más fuertes) y los archivos del tablón de anuncios, para que cualquiera pueda repetir el recuento con `quorum tally`.
cmd-election-roll-summary = Mostrar cuántas personas hay en el censo de una elección (personal: quiénes).
cmd-election-roll-help = Muestra el tamaño del censo fijado al abrirse la votación. El personal del órgano ve además los nombres y quién ha votado, nunca cómo.
cmd-election-turnout-summary = Mostrar cuántas personas han votado hasta ahora, y el quórum.
cmd-election-turnout-help = Muestra cuántas personas del censo han votado y si se alcanza el quórum.
cmd-election-ballot-summary = Rellenar su papeleta paso a paso, en privado.
cmd-election-ballot-help = Abre su papeleta en privado: en Discord, un menú para su primera opción, luego la siguiente entre las restantes, y así sucesivamente, y el voto solo se emite cuando usted confirma; en otras plataformas, los candidatos y cómo votar con `!ballot`. PICKS lleva las opciones elegidas hasta ahora (`3,1`).
cmd-nominate-summary = Proponer a un miembro (también a usted) en una elección con candidaturas abiertas.
cmd-nominate-help = Propone la candidatura de un miembro al día del órgano. Proponerse a sí mismo equivale a aceptar; cualquier otra persona acepta con `!accept ID`. Se puede omitir ID cuando el órgano de la sala tiene una sola elección con candidaturas abiertas.
cmd-second-summary = Apoyar una candidatura, donde la elección lo exige.
cmd-second-help = Apoya la candidatura de alguien en una elección abierta con `--seconded`. Ni la persona propuesta ni quien la propuso pueden apoyarla.
cmd-accept-summary = Aceptar su candidatura.
cmd-accept-help = Acepta la candidatura propuesta para usted: se presenta a la elección cuando se cierren las candidaturas (y cuando reciba apoyo, donde se exige).
cmd-withdraw-summary = Retirar su candidatura (personal: la de cualquiera).
cmd-withdraw-help = Retira su propia candidatura o, para el personal, la de otra persona, mientras las candidaturas estén abiertas.
cmd-ballot-summary = Emitir su voto secreto en una elección, en una conversación privada.
cmd-ballot-help = Emite su papeleta: los números de los candidatos, empezando por el preferido (`3 1 2`), un solo número en mayoría relativa, los números que aprueba en voto aprobatorio. Solo en una conversación privada con Quorum (una sala directa cifrada en Matrix, el comando de barra en Discord): escrito en una sala compartida, se rechaza y se elimina. Recibe un código de recibo, que se muestra una sola vez: guárdelo. Con `--receipt CODE` sustituye la papeleta emitida con ese recibo, hasta el cierre. Si tiene el poder de alguien, `--for @member` emite su papeleta y `--for all` una por cada persona, cada una con su propio recibo.
cmd-verify-summary = Comprobar la papeleta para la que se dio un código de recibo.
cmd-verify-help = Muestra la papeleta guardada con su código de recibo, tal como se contará (o se contó). Solo en privado. Después del cierre, su hash figura en el tablón de anuncios junto a la papeleta.
election-method-plurality = mayoría relativa
election-method-approval = voto aprobatorio
election-method-irv = segunda vuelta instantánea
election-method-stv = voto único transferible (Escocia 2007)
election-method-schulze = método Schulze
election-phase-nominations = Las candidaturas están abiertas hasta que el personal abra la votación.
election-phase-nominations-until = Las candidaturas están abiertas hasta el { $at }.
election-phase-voting-until = La votación está abierta hasta el { $at }.
election-phase-closed = Cerrada.
election-phase-closed-at = Cerrada el { $at }.
election-header = Elección #{ $id }: **{ $title }** (`{ $body }`) — { $seats ->
    [one] 1 puesto
   *[other] { $seats } puestos
}, { $method }. { $phase }
election-candidate-standing = se presenta
election-candidate-not-accepted = aún no ha aceptado
election-candidate-not-seconded = aún sin apoyo
election-candidate-withdrawn = se ha retirado
election-candidate-line = { $name } — { $state }
election-candidate-numbered = { $number }. { $name }
election-quota = Cuota: `{ $quota }`
election-round-first = **Ronda { $round }**: primeras preferencias.
election-round-approvals = **Ronda { $round }**: aprobaciones.
election-round-surplus = **Ronda { $round }**: se transfiere el excedente de { $name } (`{ $votes }`).
election-round-exclusion = **Ronda { $round }**: se excluye a { $names }, con menos votos; sus papeletas pasan a la siguiente preferencia.
election-round-winner = **Ronda { $round }**: { $name } gana entre quienes aún no han sido elegidos.
election-round-exhausted = Intransferibles hasta ahora: `{ $votes }`
election-round-elected = Personas elegidas: { $names }
election-tie = Empate entre { $between }: { $chosen }, { $how }
election-tie-earlier = según los votos de la ronda { $round }.
election-tie-lot = por sorteo (extracción { $draw } con la semilla `{ $seed }`).
election-pairwise = Preferencias por pares (fila frente a columna):
election-strongest-paths = Caminos más fuertes:
election-created = 🗳 La elección #{ $id } «{ $title }» está abierta a candidaturas.
election-how-to-nominate = Proponga candidaturas con `!nominate #{ $id } @member` (también la suya); las personas propuestas aceptan con `!accept #{ $id }`.
election-list-none = No hay ninguna elección en curso en sus órganos.
election-list-none-all = Sus órganos no tienen elecciones.
election-list-title = { $count ->
    [one] { $count } elección:
   *[other] { $count } elecciones:
}
election-no-nominees = Todavía no se ha propuesto a nadie.
election-how-to-vote = Vote en privado: envíeme `!ballot #{ $id } …` en una conversación directa (en Discord, `/ballot` o `/election ballot`). Su papeleta es secreta y recibe un recibo para comprobarla o sustituirla.
election-you-voted = Ha votado en la elección #{ $id }.
election-outcome-no-candidates = La elección #{ $id } se cerró sin votación: nadie se presentó.
election-outcome-not-quorate = La elección #{ $id } no alcanzó su quórum: nadie resulta elegido. Las papeletas se publican de todos modos.
election-outcome-unopposed = La elección #{ $id } se cerró sin votación: elección sin oposición de { $names }.
election-outcome-counted = La elección #{ $id } está cerrada y escrutada: `!election results #{ $id }`.
election-closed-title = 🗳 Elección #{ $id } «{ $title }»: resultado
election-voting-open = 🗳 La votación está abierta en la elección #{ $id } «{ $title }», hasta el { $at }.
election-roll-size = { $count ->
    [one] Hay { $count } miembro en el censo.
   *[other] Hay { $count } miembros en el censo.
}
election-ballot-open = Votar en privado
election-bulletin = Tablón de anuncios de la elección #{ $id }: cada papeleta bajo el hash de su recibo, y las papeletas en formato BLT. Repita el recuento con `quorum tally election-{ $id }-ballots.blt --method …`; todo sorteo se hizo con la semilla `{ $seed }`.
election-turnout = { $roll ->
    [one] Votó { $voted } de 1 persona del censo.
   *[other] Votaron { $voted } de las { $roll } personas del censo.
}
election-turnout-weight = Peso: { $voted } de { $roll }.
election-elected = { $count ->
    [0] No resulta elegido nadie.
    [one] Persona elegida: **{ $names }**
   *[other] Personas elegidas, por orden: **{ $names }**
}
election-method-line = Recuento por { $method } para { $seats ->
    [one] 1 puesto.
   *[other] { $seats } puestos.
}
election-roll-title = { $count ->
    [one] El censo de la elección #{ $id } tiene { $count } miembro.
   *[other] El censo de la elección #{ $id } tiene { $count } miembros.
}
election-roll-weight = Su peso total: { $weight }.
election-roll-line = { $name }
election-roll-line-voted = { $name } ✔ ha votado
election-quorum-met = Se alcanza el quórum ({ $needed }).
election-quorum-short = El quórum es { $needed }: faltan { $missing }.
election-nominated = Se propone a { $name } en la elección #{ $id } «{ $title }».
election-nominee-accepts = { $name } se presenta en cuanto acepte con `!accept #{ $id }`.
election-needs-seconder = La candidatura necesita un apoyo: `!second #{ $id } @member`.
election-seconded = La candidatura de { $name } en la elección #{ $id } recibe apoyo.
election-accepted = { $name } acepta la candidatura en la elección #{ $id } «{ $title }».
election-withdrawn = La candidatura de { $name } queda retirada de la elección #{ $id }.
election-ballot-cast = { $count ->
    [one] Su papeleta en la elección #{ $id } está emitida: { $ballot }
   *[other] { $count } papeletas de la elección #{ $id } están emitidas: { $ballot }
}
election-receipt = Su recibo: `{ $code }`
election-receipt-for = Recibo de { $name }: `{ $code }`
election-receipt-keep = Guarde el recibo: se muestra solo esta vez y no se almacena en ningún sitio. `!verify CODE` muestra la papeleta tal como se contará; `!ballot #{ $id } … --receipt CODE` la sustituye hasta el { $at }. Nadie, tampoco el personal, puede saber qué papeleta es la suya.
election-ballot-replaced = Su papeleta en la elección #{ $id } ha sido sustituida: { $ballot }
election-ballot-until = Puede sustituirse con su recibo hasta el { $at }.
election-ballot-header = Elección #{ $id }: **{ $title }** — { $method }
election-ballot-hint-one = Vote por una persona: `!ballot #{ $id } N`, aquí, en privado.
election-ballot-hint-approval = Vote por cada candidato que apruebe: `!ballot #{ $id } 1 3`, aquí, en privado.
election-ballot-hint-ranked = Ordene los candidatos que quiera, empezando por el preferido: `!ballot #{ $id } 3 1 2`, aquí, en privado.
election-verified = Recibo encontrado, elección #{ $id } «{ $title }»: { $ballot }
election-verified-weight = Peso: { $weight }.
election-verified-closed = Se contó tal como se muestra; en el tablón de anuncios de la elección #{ $id }, su hash empieza por `{ $hash }`.
election-reminder = La elección #{ $id } «{ $title }» se cierra el { $at } y usted aún no ha votado.
err-election-irv-seats = La segunda vuelta instantánea cubre un solo puesto, no { $seats }: use `--method stv` para varios.
err-election-not-nominating = La elección #{ $id } no admite candidaturas.
err-election-not-voting = La elección #{ $id } no está abierta a votación.
err-election-results-at-close = La elección #{ $id } aún no está cerrada: sus resultados llegan con el cierre.
err-election-no-roll-yet = La elección #{ $id } aún no tiene censo: se fija al abrirse la votación.
err-election-which = Indique qué elección: `#ID` (`!election list`).
err-election-none-nominating = Ninguna elección de `{ $body }` admite candidaturas.
err-election-several = Varias elecciones admiten candidaturas ({ $ids }): indique cuál.
err-election-not-member = Solo los miembros al día de `{ $body }` pueden hacerlo.
err-election-nominee-not-member = { $name } no es miembro al día de `{ $body }`.
err-election-too-many = Una elección admite como máximo { $max } personas propuestas.
err-election-nominated-already = La candidatura de { $name } ya está propuesta en la elección #{ $id }.
err-election-not-nominee = { $name } no tiene candidatura propuesta en la elección #{ $id }.
err-election-no-seconding = La elección #{ $id } no exige apoyos a las candidaturas.
err-election-seconded-already = La candidatura de { $name } ya tiene apoyo.
err-election-second-self = Una candidatura la apoya alguien distinto de la persona propuesta y de quien la propuso.
err-election-not-nominated-you = No hay ninguna candidatura propuesta para usted en la elección #{ $id }.
err-election-accepted-already = Ya ha aceptado en la elección #{ $id }.
err-election-empty-ballot = Una papeleta indica al menos un candidato.
err-election-one-choice = Esta elección admite una sola opción por papeleta.
err-election-voted = Ya ha votado en la elección #{ $id }. Para cambiar su papeleta, use su recibo: `!ballot #{ $id } … --receipt CODE`.
err-election-voted-for = La papeleta de { $name } ya está emitida.
err-election-not-on-roll = Usted no figura en el censo de la elección #{ $id }: se fijó con los miembros al día del órgano al abrirse la votación.
err-election-giver-not-on-roll = { $name } no figura en el censo, y por tanto su apoderado tampoco puede votar en su nombre.
err-election-no-proxies = No tiene el poder de nadie a quien le quede una papeleta por emitir en la elección #{ $id }.
err-election-ballot-public = Las papeletas son secretas: aquí no. Envíeme `!ballot #{ $id } …` en una conversación directa (en Discord, use `/ballot`). Su mensaje de aquí se elimina donde puedo eliminarlo.
err-election-receipt-public = Un código de recibo es secreto: envíeme `!verify CODE` en una conversación directa (en Discord, use `/verify`). Su mensaje de aquí se elimina donde puedo eliminarlo.
err-election-receipt-unknown = Ese recibo no corresponde a ninguna papeleta de la elección #{ $id }.
err-election-receipt-bad = Eso no es un código de recibo: tiene 32 letras y cifras, en grupos de cuatro.
err-election-receipt-not-found = Ninguna papeleta tiene ese recibo.
election-ballot-cancelled = No se ha emitido nada: su papeleta de la elección #{ $id } queda apartada.
param-seats = Cuántos puestos hay que cubrir (1–50)
param-method = Cómo se cuentan las papeletas: plurality, approval, irv, stv o schulze
param-roll = Quién vota: los miembros del órgano (SHORT) o su ejecutivo (SHORT-exec)
param-nominations = Cuánto duran las candidaturas antes de que la votación se abra sola, p. ej. 7d
param-election-create-voting = Cuánto dura la votación una vez abierta, p. ej. 7d
param-seconded = Cada candidatura necesita un apoyo
param-receipt = El código de recibo de la papeleta que se reemplaza
param-verify-code = Su código de recibo, como ABCD-EFGH-…
