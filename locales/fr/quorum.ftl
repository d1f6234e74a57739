# Quorum — français (French). Every key here must exist in every locale, with the same variables.

## Generic

usage = Utilisation :
err-internal = Un problème est survenu de notre côté ; rien n’a été modifié. Veuillez réessayer dans un instant.
err-command-too-old = Votre commande { $command } (envoyée { $sent }, pendant que Quorum était hors ligne) n’a pas été exécutée : une commande n’est exécutée qu’avec au plus { $limit } de retard. Renvoyez-la si elle est toujours nécessaire.
notice-command-interrupted = Votre commande { $command } a été exécutée, mais Quorum a redémarré avant de pouvoir répondre. Vérifiez le résultat avant de la renvoyer.
notice-interaction-too-late = Votre commande { $command } est arrivée chez Quorum trop tard pour que Discord accepte une réponse (Discord laisse trois secondes) : elle n’a donc pas été exécutée. Renvoyez-la si elle est toujours nécessaire.

## Parse errors

err-empty = Saisissez une commande après le préfixe, par exemple `!help`.
err-unknown-command = Je ne connais pas la commande `{ $name }`. Tapez `!help` pour en voir la liste.
err-unknown-command-suggest = Je ne connais pas la commande `{ $name }`. Vouliez-vous dire `{ $suggestion }` ?
err-unknown-subcommand = La commande `{ $command }` n’a pas de sous-commande `{ $name }`.
err-missing = Il manque : `{ $name }`.
err-unexpected = Je ne m’attendais pas à « { $text } » ici.
err-unterminated-quote = Un guillemet n’est pas fermé.
err-unknown-flag = Option inconnue : `{ $flag }`.
err-flag-needs-value = L’option `{ $flag }` demande une valeur.
err-flag-twice = L’option `{ $flag }` est donnée deux fois.
err-bad-duration = « { $value } » n’est pas une durée. Utilisez par exemple `90m`, `2h`, `7d` ou `1h30m`.
err-bad-date = « { $value } » n’est pas une date. Utilisez le format année-mois-jour, par exemple `2026-12-01`.
err-bad-time = « { $value } » n’est pas une heure. Utilisez heures:minutes sur 24 heures, par exemple `09:00`.
err-bad-id = « { $value } » n’est pas un nombre. Utilisez par exemple `3` ou `#3`.
err-bad-cron = L’expression `{ $value }` n’est pas une planification cron valide : il faut cinq champs, minute heure jour mois jour-de-la-semaine, par exemple `0 9 * * 1-5` (ou six, précédés d’un champ des secondes à 0 : `0 0 9 * * 1-5`).
err-bad-cron-field = L’expression `{ $value }` n’est pas une planification cron valide : le champ { $field ->
    [minute] des minutes (0–59)
    [hour] des heures (0–23)
    [day] du jour du mois (1–31)
    [month] du mois (1–12 ou jan–dec)
   *[weekday] du jour de la semaine (0–7 ou sun–sat ; 0 et 7 désignent le dimanche)
} n’est pas valide.
err-bad-repeat = « { $value } » n’est pas une répétition que je comprends. Essayez `every weekday at 09:00`, `every 2 weeks on tuesday` ou `monthly on the first thursday`.
err-too-long = Le champ `{ $name }` est trop long : { $len } caractères pour { $max ->
    [one] { $max } caractère autorisé
   *[other] { $max } caractères autorisés
} au maximum.
err-empty-text = Le champ `{ $name }` est vide.
err-control-chars = Le champ `{ $name }` contient des caractères invisibles ou de contrôle ; veuillez les supprimer.
err-bad-choice = « { $value } » n’est pas une valeur valide pour `{ $name }`. Choisissez parmi : { $allowed }.
err-unknown-zone = « { $value } » n’est pas un fuseau horaire que je connais. Utilisez un nom comme `Europe/Zurich` ou une ville comme `Geneva`.
err-unknown-zone-suggest = « { $value } » n’est pas un fuseau horaire que je connais. Vouliez-vous dire `{ $suggestion }` ?

## Refusals

err-forbidden = Cette action requiert le rôle `{ $role }`.
err-forbidden-in = Cette action requiert le rôle `{ $role }` dans `{ $body }`.
err-not-found = { $kind ->
    [application] Candidature
    [question] Question
    [reminder] Rappel
    [meeting] Réunion
    [when] Sondage de date
    [body] Instance
    [send] Envoi
    [poll] Scrutin
    [agenda-poll] Sondage d’ordre du jour
     [election] Élection
   *[other] Élément
} `{ $id }` introuvable.
err-no-body-here = Ce salon n’est encore lié à aucune instance. Le personnel peut le lier avec `!body link SHORT`.
err-past-time = { $time } ({ $zone }) est déjà passé.
err-time-in-gap = { $time } n’existe pas dans le fuseau { $zone } : les horloges sautent cette heure-là. Choisissez une heure en dehors du changement d’heure.
err-never-fires = Cette planification ne se déclenche jamais.

## Help

help-intro = **Commandes de Quorum.** Tapez `!help COMMAND` pour obtenir les détails et des exemples.
help-needs-role = Requiert le rôle `{ $role }`.
help-examples = Exemples :
category-general = **Général**
category-settings = **Vos paramètres**
category-bodies = **Instances et rôles**
category-reminders = **Rappels**
category-audit = **Audit**

cmd-help-summary = Afficher les commandes, ou le détail de l’une d’elles.
cmd-help-help = Sans commande, liste tout ce que Quorum sait faire. Avec une commande, indique comment l’écrire, qui peut l’utiliser, et donne des exemples.
cmd-tz-summary = Afficher ou définir votre fuseau horaire.
cmd-tz-help = Toutes les heures que Quorum vous affiche sont dans votre fuseau. Indiquez un nom IANA comme `Europe/Zurich` ou une ville comme `Geneva` ou `New York`.
cmd-lang-summary = Afficher ou définir votre langue.
cmd-lang-help = Quorum parle arabe (ar), anglais (en), espagnol (es), français (fr), russe (ru) et chinois (zh). Ce choix ne concerne que vous.
cmd-whoami-summary = Afficher ce que Quorum sait de vous.
cmd-whoami-help = Affiche votre numéro de membre, vos comptes liés, votre fuseau horaire, votre langue et vos rôles. La réponse vous est envoyée en privé.
cmd-body-create-summary = Créer une instance (circonscription, comité, groupe).
cmd-body-create-help = Donne à l’instance un nom complet et un nom court utilisé dans les commandes. Seuls les administrateurs peuvent créer des instances.
cmd-body-link-summary = Lier ce salon à une instance.
cmd-body-link-help = Dans un salon lié, les commandes portent sur cette instance, et les rôles de ses membres s’y appliquent.
cmd-role-grant-summary = Attribuer un rôle à une personne dans une instance.
cmd-role-grant-help = Rôles, du plus étendu au plus restreint : admin, staff, exec, member, applicant, guest. Le rôle staff permet d’attribuer jusqu’à exec ; seul un admin peut attribuer staff ou admin. Si aucune instance n’est indiquée, celle du salon est utilisée.
cmd-role-revoke-summary = Retirer un rôle à une personne.
cmd-role-revoke-help = Les mêmes règles que pour l’attribution s’appliquent.
cmd-remind-summary = Programmer un rappel pour vous, pour quelqu’un d’autre ou pour ce salon.
cmd-remind-help = `me` vous envoie le rappel en privé, `@user` l’envoie en privé à cette personne, `here` le publie dans ce salon. Indiquez un délai (`in 2h`), une date et une heure (`at 2026-12-01 09:00 Europe/Zurich`), une répétition (`every weekday at 09:00 Geneva`) ou une planification cron (`--cron "0 9 * * 1-5"`, lundi = 1) ; un fuseau placé après l’heure est celui dont l’horloge est suivie (sans fuseau, le vôtre est utilisé). Les répétitions suivent l’heure locale lors des passages à l’heure d’été et à l’heure d’hiver.
cmd-reminders-summary = Lister les rappels que vous pouvez voir.
cmd-reminders-help = Affiche vos rappels, ceux programmés pour vous et ceux de ce salon, avec leurs numéros.
cmd-reminder-cancel-summary = Annuler un rappel.
cmd-reminder-cancel-help = Vous pouvez annuler vos propres rappels et ceux programmés pour vous ; le personnel peut annuler ceux de ce salon.
cmd-audit-verify-summary = Vérifier que le journal d’audit n’a pas été modifié.
cmd-audit-verify-help = Recalcule la chaîne de hachage de chaque action du personnel enregistrée et signale la première ligne modifiée ou supprimée.

## Settings

tz-current = Votre fuseau horaire est `{ $zone }` ; il y est actuellement { $local }.
tz-set = Votre fuseau horaire est désormais `{ $zone }` ; il y est { $local }.
lang-current = Votre langue est `{ $lang }`. Langues disponibles : { $choices }.
lang-set = Désormais, je vous répondrai en français.
whoami-title = Ce que Quorum sait de { $who } :
whoami-member = Membre n° { $id }
whoami-zone = Fuseau horaire : `{ $zone }`
whoami-lang = Langue : `{ $lang }`
whoami-admin = Administrateur de Quorum
whoami-no-roles = Aucun rôle dans aucune instance pour le moment
whoami-role = `{ $role }` dans `{ $body }`

## Bodies and roles

body-exists = Une instance portant le nom court `{ $short }` existe déjà.
body-created = Instance **{ $name }** (`{ $short }`) créée. Liez-y un salon avec `!body link { $short }`.
body-link-direct = Une conversation privée ne peut pas être liée à une instance.
body-linked = Ce salon est désormais lié à **{ $name }** (`{ $short }`).
role-granted = { $user } a désormais le rôle `{ $role }` dans `{ $body }`.
role-already = { $user } a déjà le rôle `{ $role }` dans `{ $body }`.
role-revoked = { $user } n’a plus le rôle `{ $role }` dans `{ $body }`.
role-not-held = { $user } n’a pas le rôle `{ $role }` dans `{ $body }`.
body-link-already = Ce salon est déjà lié à **{ $name }** (`{ $short }`).
body-link-taken = Ce salon est lié à **{ $name }** (`{ $short }`) ; seul le personnel de `{ $short }` peut le lier à une autre instance.
body-relinked = Ce salon est désormais lié à **{ $name }** (`{ $short }`), et non plus à **{ $previous_name }** (`{ $previous_short }`).
body-reminder-interval = Dans les salons de **{ $name }** (`{ $short }`), les rappels d’un membre peuvent publier au plus une fois toutes les `{ $interval }`.
body-reminder-interval-default = Dans les salons de **{ $name }** (`{ $short }`), les rappels d’un membre peuvent publier au plus une fois toutes les `{ $interval }` (valeur par défaut).
body-reminder-interval-set = Désormais, les rappels d’un membre peuvent publier dans les salons de **{ $name }** (`{ $short }`) au plus une fois toutes les `{ $interval }`.
cmd-body-reminder-interval-summary = Voir ou fixer à quelle fréquence les rappels d’un membre peuvent publier dans les salons de l’instance.
cmd-body-reminder-interval-help = Un membre ne peut pas faire publier Quorum dans un salon de l’instance plus souvent que cela, en comptant tous ses rappels dans ce salon (par défaut `15m`, de `1m` à `7d`) ; le personnel et les administrateurs le peuvent. Chacun peut voir l’intervalle ; le personnel de l’instance le fixe.
param-interval = Le délai minimal entre deux publications, par exemple 15m ou 1h

## Audit

audit-ok = Le journal d’audit est intact : { $count ->
    [one] { $count } entrée vérifiée
   *[other] { $count } entrées vérifiées
}.
audit-broken = Le journal d’audit a été modifié : la chaîne est rompue à l’entrée { $seq } (sur { $count }).

## Reminders

reminder-set = Rappel #{ $id } programmé pour le { $time } : { $text }
reminder-set-repeat = Rappel #{ $id } programmé ({ $repeat }), à partir du { $time } : { $text }
reminders-none = Vous n’avez aucun rappel ici.
reminders-title = { $count ->
    [one] { $count } rappel :
   *[other] { $count } rappels :
}
reminder-line = #{ $id } · { $time } · { $target ->
    [me] pour vous
    [here] pour ce salon
    [room] pour le salon « { $room } »
   *[user] pour { $who }
} · { $text }
reminder-line-repeat = #{ $id } · prochain le { $time } ({ $repeat }) · { $target ->
    [me] pour vous
    [here] pour ce salon
    [room] pour le salon « { $room } »
   *[user] pour { $who }
} · { $text }
reminder-cancelled = Rappel #{ $id } annulé.
reminder-fire = ⏰ Rappel : { $text }
reminder-fire-from = ⏰ Rappel de { $from } : { $text }
reminder-missed = ⏰ Rappel manqué (il était prévu pour le { $due }, alors que Quorum était hors ligne) : { $text }
err-reminder-too-often = Dans les salons de `{ $body }`, les rappels d’un membre peuvent publier au plus une fois toutes les `{ $interval }` ; celui-ci publierait deux fois à seulement `{ $gap }` d’intervalle.
err-reminder-too-close = Dans les salons de `{ $body }`, les rappels d’un membre peuvent publier au plus une fois toutes les `{ $interval }` ; celui-ci publierait le { $time }, à seulement `{ $gap }` de votre rappel #{ $id }.
err-unknown-person = Je ne connais pas `{ $who }` : personne de ce nom n’a écrit à Quorum ni reçu de rôle.
err-unknown-person-suggest = Je ne connais pas `{ $who }` : personne de ce nom n’a écrit à Quorum ni reçu de rôle. Vouliez-vous dire { $suggestion } ?

## Descriptions of command options (Discord shows them beside each option)
param-target = Qui ou où : me, @quelqu’un ou here
param-when = Quand : in 2h, at 2026-12-01 09:00 Europe/Zurich, every weekday at 09:00
param-change = add (ajouter) ou remove (retirer)
param-code = Le code de liaison à usage unique, comme 7K2Q-…
param-number = Le numéro dans la liste
param-platform = La plateforme : console, matrix ou discord
param-text = Le texte
param-id = Le numéro, comme #3
param-zone = Un fuseau horaire ou une ville, comme Europe/Zurich ou Genève
param-language = Une langue : en, fr, es, ru, zh ou ar
param-name = Le nom complet
param-short = Un nom court, comme BC
param-body = Le nom court d’un organe
param-command = Une commande, pour son détail
param-user = Le membre
param-role = Le rôle
param-cron = Un horaire cron entre guillemets, comme "0 9 * * 1-5"

## Meetings
category-meetings = **Réunions**
cmd-meeting-schedule-summary = Programmer une réunion ou une série, dans le fuseau horaire de la réunion.
cmd-meeting-schedule-help = La date et l’heure sont celles du fuseau indiqué (nom IANA ou ville) ; chacun voit ensuite l’heure dans son propre fuseau. Une série garde son heure locale lors des changements d’heure. Les rappels partent dans chaque salon de l’organe avant chaque réunion (par défaut 1h avant ; `--remind none` pour aucun). Une série se tient à l’heure de la réunion, à partir du premier jour que donne sa répétition à la date indiquée ou après.
cmd-meeting-list-summary = Lister les prochaines réunions de l’organe de ce salon.
cmd-meeting-list-help = Montre la prochaine occurrence de chaque réunion et série de l’organe que ce salon représente (ou de ce salon s’il n’en a pas), la plus proche d’abord.
cmd-meeting-show-summary = Afficher une réunion : quand, combien de temps, où, et l’heure dans les fuseaux des membres.
cmd-meeting-show-help = Montre la prochaine occurrence, la durée, la répétition, le lien et l’accès téléphonique, et l’heure locale dans chaque fuseau choisi par les membres de l’organe.
cmd-meeting-cancel-summary = Annuler une réunion, ou toute une série.
cmd-meeting-cancel-help = La personne qui l’a programmée et le personnel de son organe peuvent annuler une réunion ; ses rappels s’arrêtent. Avec une DATE, seule l’occurrence de ce jour-là est annulée. Annuler toute une série est irréversible : la réponse dit ce qui disparaît, et l’annulation se fait avec `--yes`.
meeting-scheduled = Réunion #{ $id } « { $title } » programmée pour le { $time }.
meeting-scheduled-repeat = Série de réunions #{ $id } « { $title } » programmée ({ $repeat }), première le { $time }.
meeting-ambiguous = { $local } a lieu deux fois dans le fuseau { $zone } cette nuit-là (on recule les horloges) ; la réunion retient la première des deux.
meetings-none = Aucune réunion à venir ici.
meetings-title = { $count ->
    [one] { $count } réunion à venir :
   *[other] { $count } réunions à venir :
}
meeting-line = #{ $id } · { $time } · { $title }
meeting-line-repeat = #{ $id } · prochaine le { $time } ({ $repeat }) · { $title }
meeting-show-title = Réunion #{ $id } : { $title }
meeting-show-when = Prochaine : { $time }, pendant { $duration }
meeting-show-repeat = Répétition : { $repeat }
meeting-show-link = Lien : { $link }
meeting-show-dial = Accès téléphonique : { $dial }
meeting-show-zones = Dans les fuseaux des membres :
meeting-show-zone = { $zone } : { $local }
meeting-over = La réunion #{ $id } n’a plus d’occurrence.
meeting-cancelled = Réunion #{ $id } « { $title } » annulée.
meeting-reminder = 📅 « { $title } » commence le { $time }.
meeting-reminder-link = 📅 « { $title } » commence le { $time } : { $link }
err-meeting-not-yours = Seule la personne qui a programmé la réunion #{ $id } ou le personnel de son organe peut la modifier.
err-meeting-answer-in-room = La réunion #{ $id } appartient au salon { $room } : faites-le là-bas.
param-title = Le titre
param-date = La date, par exemple 2026-12-03
param-time = L’heure, par exemple 14:00
param-duration = La durée, par exemple 90m ou 1h30m
param-repeat = La répétition, par exemple "every tuesday" ou "every weekday"
param-remind = Quand rappeler, par exemple 24h,1h (ou none)
param-link = Le lien pour participer
param-dial = L’accès téléphonique
cmd-meeting-rsvp-summary = Dire si vous viendrez à une réunion.
cmd-meeting-rsvp-help = Répondez yes, no ou maybe pour une occurrence : celle en cours ou la prochaine, ou avec `--date` celle de ce jour ; une nouvelle réponse remplace l’ancienne. Les membres de l’organe de la réunion (toute personne y ayant un rôle) répondent. `!meeting show` compte les réponses de l’occurrence qu’elle montre.
meeting-rsvp-set = Votre réponse pour la réunion #{ $id } « { $title } » du { $time } : { $answer ->
    [yes] oui, vous viendrez
    [no] non, vous ne pourrez pas venir
   *[maybe] peut-être
}.
meeting-show-rsvps = Réponses : { $yes } oui · { $maybe } peut-être · { $no } non
rsvp-yes = Je viendrai
rsvp-no = Je ne peux pas venir
rsvp-maybe = Peut-être
param-answer = Votre réponse : yes, no ou maybe
meeting-occurrence-cancelled = L’occurrence du { $time } de la réunion #{ $id } « { $title } » est annulée ; la série continue.
err-meeting-no-occurrence = La réunion #{ $id } n’a pas d’occurrence à venir le { $date }.
cmd-meeting-move-summary = Déplacer une occurrence d’une réunion à une autre date et heure.
cmd-meeting-move-help = Indiquez la date de l’occurrence à déplacer, puis sa nouvelle date et heure dans le fuseau de la réunion. Le reste de la série ne change pas ; les rappels suivent la nouvelle heure. Une occurrence ne peut aller sur un jour où la série se tient déjà, ni en chevaucher une autre.
meeting-moved = Réunion #{ $id } « { $title } » du { $from } déplacée au { $to }.
param-to_date = La nouvelle date, par exemple 2026-12-09
param-to_time = La nouvelle heure, par exemple 15:00
meeting-reminders-passed = { $count ->
    [one] Le rappel `{ $offsets }` avant la réunion est déjà passé et ne sera pas envoyé.
   *[other] Les rappels `{ $offsets }` avant la réunion sont déjà passés et ne seront pas envoyés.
}
meeting-reminders-passed-series = { $count ->
    [one] Le rappel `{ $offsets }` avant est déjà passé pour la première réunion ; il sera envoyé avant les suivantes.
   *[other] Les rappels `{ $offsets }` avant sont déjà passés pour la première réunion ; ils seront envoyés avant les suivantes.
}

## Editing meetings

cmd-meeting-edit-summary = Modifier une réunion ou toute une série : titre, heure, fuseau, répétition, rappels, lien.
cmd-meeting-edit-help = Indiquez seulement ce qui change. Pour une série, une nouvelle heure ou un nouveau fuseau s’applique dès la prochaine occurrence, et les occurrences annulées ou déplacées une à une sont rétablies. `--once` arrête la répétition ; `--link none` et `--dial none` les retirent. La personne qui l’a planifiée et le personnel de son organe peuvent modifier une réunion. Une occurrence en cours garde son horaire ; une répétition qui nomme une heure doit nommer celle de la réunion. Rétablir des occurrences annulées ou déplacées une à une demande `--yes` : la réponse les énumère d’abord.
param-once = Ne plus répéter : une seule réunion
meeting-edited = Réunion #{ $id } « { $title } » modifiée ; prochaine le { $time }.
meeting-edited-over = Réunion #{ $id } « { $title } » modifiée ; elle n’a plus d’occurrence.
meeting-edited-exceptions = Les occurrences annulées ou déplacées une à une suivent de nouveau le nouvel horaire.
err-meeting-repeat-time = La réunion est à `{ $time }`, mais la répétition `{ $repeat }` se tient à `{ $other }` : une série se tient à une seule heure de la journée, celle de la réunion. Retirez l’heure de la répétition, ou donnez la même.
meeting-starts-later = Le { $date } n’est pas un jour de la série ({ $repeat }) : elle commence au premier qui suit, le { $time }.
err-meeting-rsvp-not-member = Seuls les membres de `{ $body }` répondent pour la réunion #{ $id }, et vous n’avez aucun rôle dans `{ $body }`. Son personnel peut vous en donner un avec `!role grant`.
err-meeting-clash = La réunion #{ $id } se tient déjà le { $time } : une série se tient au plus une fois par jour, et ses occurrences ne se chevauchent pas. Déplacez ou annulez d’abord cette occurrence, ou choisissez un autre jour.
err-meeting-under-way = La réunion #{ $id } est en cours jusqu’au { $time } : son horaire ne peut plus changer.
err-meeting-once-under-way = La réunion #{ $id } est en cours jusqu’au { $time } : elle pourra devenir une réunion unique une fois cette occurrence terminée.
err-meeting-edit-under-way-clash = L’occurrence de la réunion #{ $id } en cours depuis le { $time } garde son horaire, et le nouvel horaire se tiendrait aussi le { $other }, le même jour ou en la chevauchant. Donnez une `--date` plus tardive.
meeting-edited-under-way = L’occurrence en cours depuis le { $time } garde son horaire ; le changement s’applique à partir de la suivante.
meeting-edit-confirm = { $count ->
    [one] Changer l’horaire de la série #{ $id } « { $title } » rétablit l’occurrence modifiée une à une ; rien n’est encore changé :
   *[other] Changer l’horaire de la série #{ $id } « { $title } » rétablit les { $count } occurrences modifiées une à une ; rien n’est encore changé :
}
meeting-edit-confirm-cancelled = { $time } : annulée ; elle aurait de nouveau lieu
meeting-edit-confirm-moved = { $from }, déplacée au { $to } : elle suivrait de nouveau la série
meeting-confirm-edit = Modifier quand même la série
meeting-cancel-confirm = Annuler la série #{ $id } « { $title } » ({ $repeat }) met fin à toutes ses occurrences à partir du { $time }, avec leurs rappels, ordres du jour et réponses ; c’est irréversible. Rien n’est encore annulé.
meeting-confirm-cancel = Annuler toute la série
meeting-already-cancelled = La réunion #{ $id } « { $title } » est déjà annulée.
meeting-occurrence-already-cancelled = L’occurrence du { $time } de la réunion #{ $id } « { $title } » est déjà annulée.
param-yes = Confirmer ce qui ne peut être défait
err-meeting-edit-nothing = Indiquez ce qu’il faut changer dans la réunion #{ $id }, par exemple `--time 15:00` ou `--title "Nouveau titre"`.

## Meeting reminders by direct message

cmd-meeting-dm-summary = Recevoir les rappels d’une réunion (ou de toutes celles de l’organe) en message direct.
cmd-meeting-dm-help = `on` vous envoie aussi chaque rappel en privé, dans votre langue et votre fuseau, sur la plateforme d’où vous le demandez ; `all` couvre toutes les réunions de l’organe de ce salon, y compris les futures. `off` l’arrête.
param-meeting = Le numéro de la réunion, comme #3, ou all
param-switch = on ou off
meeting-dm-on-meeting = Vous recevrez les rappels de la réunion #{ $id } « { $title } » en message direct.
meeting-dm-on-body = Vous recevrez les rappels de toutes les réunions de `{ $body }` en message direct.
meeting-dm-off-meeting = Vous ne recevrez plus les rappels de la réunion #{ $id } « { $title } » en message direct.
meeting-dm-off-body = Vous ne recevrez plus les rappels des réunions de `{ $body }` en message direct.
meeting-dm-was-off-meeting = Vous ne receviez pas les rappels de la réunion #{ $id } « { $title } » en message direct.
meeting-dm-was-off-body = Vous ne receviez pas les rappels des réunions de `{ $body }` en message direct.
err-meeting-dm-no-body = Ce salon n’agit pour aucun organe ; donnez un numéro de réunion au lieu de `all`.

## Calendar export
err-cron-seconds = `{ $value }` : avec six champs cron, le premier est celui des secondes et doit valoir 0 ; Quorum planifie à la minute.
cmd-meeting-ics-summary = Une réunion, ou toutes celles de cette instance, en fichier de calendrier (.ics).
cmd-meeting-ics-help = Avec un numéro, cette réunion (une série avec sa répétition, ses occurrences annulées et déplacées) en fichier iCalendar à importer dans une application de calendrier ; sans numéro, toutes les réunions de l’instance de ce salon dans un seul fichier. Le fichier vous est envoyé en privé.
meeting-ics = La réunion n° { $id } « { $title } » en fichier de calendrier :
meeting-ics-feed = { $count ->
    [one] { $count } réunion
   *[other] { $count } réunions
} en un seul fichier de calendrier :

## Calendar feeds

cmd-meeting-feed-summary = Obtenir l’adresse du flux d’agenda de cet organe, pour s’y abonner dans une application d’agenda.
cmd-meeting-feed-help = Les applications d’agenda (téléphones, Outlook, Thunderbird, Google Agenda) abonnées à l’adresse affichent toutes les réunions de l’organe et suivent leurs changements. L’adresse contient un secret : gardez-la pour vous. Le personnel peut la remplacer avec `--reset` ; l’ancienne cesse alors de fonctionner.
param-reset = Remplacer l’adresse secrète (personnel)
meeting-feed = Le flux d’agenda de `{ $body }` : { $url } — abonnez-vous-y dans votre application d’agenda. Gardez l’adresse pour vous : quiconque l’a peut lire les réunions.
meeting-feed-reset = Le flux d’agenda de `{ $body }` a une nouvelle adresse : { $url } — l’ancienne ne fonctionne plus ; les abonnements doivent utiliser la nouvelle.
err-meeting-feed-off = Ce Quorum ne sert pas de flux d’agenda (ses réglages `[calendar]` manquent) ; `!meeting ics` donne les réunions sous forme de fichier.

## Agenda
cmd-agenda-add-summary = Ajouter un point à l’ordre du jour de la prochaine occurrence d’une réunion.
cmd-agenda-add-help = Toute personne qui voit la réunion peut ajouter un point, de 300 caractères au plus ; l’ordre du jour d’une occurrence en contient au plus 50. Le point va à l’occurrence en cours ou à venir, ou avec `--date` à l’occurrence de ce jour : chaque occurrence d’une série a son propre ordre du jour. La réponse donne le numéro du point.
cmd-agenda-show-summary = Afficher l’ordre du jour numéroté de la prochaine occurrence d’une réunion.
cmd-agenda-show-help = Liste les points de l’occurrence en cours ou à venir (avec `--date`, de l’occurrence de ce jour) et qui a ajouté chacun. Les rappels de la réunion et `!meeting show` les listent aussi.
cmd-agenda-order-summary = Remettre les points d’un ordre du jour dans un nouvel ordre.
cmd-agenda-order-help = Donnez chaque numéro de point une fois, dans le nouvel ordre, séparés par des virgules ou des espaces : `3,1,2` met le point 3 en premier. La personne qui a programmé la réunion et le personnel de son organe peuvent réordonner son ordre du jour.
cmd-agenda-remove-summary = Retirer un point d’un ordre du jour.
cmd-agenda-remove-help = La personne qui a ajouté le point, celle qui a programmé la réunion et le personnel de son organe peuvent le retirer ; les points suivants remontent d’un numéro.
param-order = Les numéros des points dans leur nouvel ordre, par exemple 3,1,2
param-item = Le numéro du point, par exemple 2
param-propose = Durée des propositions, par exemple 3d
param-rank = Durée du classement des propositions, par exemple 2d
param-top = Combien de points classés entrent à l’ordre du jour, de 1 à 20
agenda-added = Point { $number } ajouté à l’ordre du jour de la réunion #{ $id } « { $title } » du { $time } : { $text }
agenda-title = { $count ->
    [one] Ordre du jour de la réunion #{ $id } « { $title } » du { $time }, { $count } point :
   *[other] Ordre du jour de la réunion #{ $id } « { $title } » du { $time }, { $count } points :
}
agenda-empty = La réunion #{ $id } « { $title } » du { $time } n’a pas encore d’ordre du jour. Ajoutez un point avec `!agenda add #{ $id } "TEXTE"`.
agenda-item = { $number }. { $text } — { $author }
agenda-ordered = Nouvel ordre du jour de la réunion #{ $id } « { $title } » du { $time } :
agenda-removed = Point { $number } « { $text } » retiré de l’ordre du jour de la réunion #{ $id } « { $title } » du { $time }.
meeting-show-agenda = { $count ->
    [one] Ordre du jour, { $count } point :
   *[other] Ordre du jour, { $count } points :
}
err-agenda-full = L’ordre du jour de la réunion #{ $id } « { $title } » du { $time } compte déjà { $max } points, le maximum. Retirez-en un avant d’en ajouter un autre.
err-agenda-bad-order = Le nouvel ordre doit nommer chaque point exactement une fois : { $count ->
    [one] l’ordre du jour n’a que le point 1.
   *[other] les numéros 1 à { $count }, séparés par des virgules ou des espaces.
}
err-agenda-no-item = L’ordre du jour de la réunion #{ $id } « { $title } » du { $time } n’a pas de point { $number } ; { $count ->
    [one] il n’a que le point 1.
   *[other] ses points sont numérotés de 1 à { $count }.
}
err-agenda-not-member = Seuls les membres de `{ $body }` ajoutent des points à l’ordre du jour de la réunion #{ $id }, et vous n’avez aucun rôle dans `{ $body }`. Son personnel peut vous en donner un avec `!role grant`.
err-agenda-not-yours = Seules la personne qui a ajouté le point { $number }, celle qui a programmé la réunion #{ $id } et le personnel de son organe peuvent le retirer.
cmd-agenda-poll-summary = Faire proposer des points d’ordre du jour par les membres, puis les faire classer.
cmd-agenda-poll-help = Pour la prochaine occurrence d’une réunion d’un organe, ou avec `--date` celle de ce jour : les membres en règle de l’organe proposent des points avec `!agenda propose` pendant `--propose`, puis les classent dans un scrutin par classement pendant `--rank`. Les `--top` premiers (5 par défaut) dans l’ordre du dépouillement à second tour instantané, à égalité le premier proposé d’abord, entrent à l’ordre du jour de l’occurrence, après les points qui y sont déjà. Les deux périodes doivent finir avant le début de la réunion, et une occurrence n’a qu’un sondage d’ordre du jour à la fois. La personne qui a programmé la réunion et le personnel de son organe peuvent en ouvrir un.
cmd-agenda-propose-summary = Proposer un point dans un sondage d’ordre du jour.
cmd-agenda-propose-help = Tant qu’un sondage d’ordre du jour reçoit des propositions, chaque membre en règle de son organe peut proposer des points de 100 caractères au plus, 20 en tout ; le même point deux fois est refusé. Les propositions deviennent les options du scrutin de classement, dans l’ordre où elles ont été faites. ID est le numéro du sondage d’ordre du jour.
cmd-agenda-proposals-summary = Lister les propositions d’un sondage d’ordre du jour.
cmd-agenda-proposals-help = Montre les propositions faites jusqu’ici dans un sondage d’ordre du jour, qui a fait chacune et où il en est : il reçoit des propositions, elles sont classées dans un scrutin, ou il est terminé. ID est le numéro du sondage d’ordre du jour.
agenda-poll-opened = Le sondage d’ordre du jour #{ $poll } est ouvert pour la réunion #{ $id } « { $title } » du { $time }.
agenda-poll-how = Les membres de `{ $body }` proposent des points avec `!agenda propose #{ $poll } "TEXTE"` jusqu’au { $propose } ; ils les classent ensuite jusqu’au { $rank }, et { $top ->
    [one] le premier entre
   *[other] les { $top } premiers entrent
} à l’ordre du jour.
agenda-proposed = Proposition { $number } du sondage d’ordre du jour #{ $poll } pour la réunion #{ $id } « { $title } » : { $text }
agenda-proposals-title = Sondage d’ordre du jour #{ $poll } pour la réunion #{ $id } « { $title } » du { $time }, { $count ->
    [0] aucune proposition pour l’instant
    [one] une proposition
   *[other] { $count } propositions
}. { $state }
agenda-poll-state-proposing = Les propositions sont ouvertes jusqu’au { $at }.
agenda-poll-state-ranking = Les membres les classent dans le scrutin #{ $vote } jusqu’au { $at }.
agenda-poll-state-done = Il est terminé.
agenda-poll-no-proposals = Le sondage d’ordre du jour #{ $poll } pour la réunion #{ $id } « { $title } » du { $time } est terminé : personne n’a proposé de point.
agenda-poll-one-proposal = Le sondage d’ordre du jour #{ $poll } pour la réunion #{ $id } « { $title } » du { $time } n’a reçu qu’une proposition : elle entre à l’ordre du jour sans classement.
agenda-poll-ranking = Les propositions pour la réunion #{ $id } « { $title } » du { $time } sont closes (sondage d’ordre du jour #{ $poll }) : { $count ->
    [one] une proposition
   *[other] { $count } propositions
}. Classez-les dans le scrutin #{ $vote } ; { $top ->
    [one] la première entre
   *[other] les { $top } premières entrent
} à l’ordre du jour.
agenda-poll-done = Le scrutin #{ $vote } a classé les propositions du sondage d’ordre du jour #{ $poll } : { $count ->
    [0] aucun point n’entre
    [one] un point entre
   *[other] { $count } points entrent
} à l’ordre du jour de la réunion #{ $id } « { $title } » du { $time }.
agenda-poll-left-out = { $count ->
    [one] Une proposition de plus n’a pas trouvé place
   *[other] { $count } propositions de plus n’ont pas trouvé place
} : un ordre du jour compte au plus { $max } points.
err-agenda-poll-no-body = La réunion #{ $id } n’appartient à aucun organe : un sondage d’ordre du jour s’adresse aux membres d’un organe, il lui faut donc une réunion programmée dans un salon lié à l’un d’eux.
err-agenda-poll-too-late = Les propositions et le classement finiraient le { $ends }, après le début de la réunion #{ $id } « { $title } » le { $time }. Donnez des périodes plus courtes, ou une occurrence plus tardive avec `--date`.
err-agenda-poll-running = La réunion #{ $id } « { $title } » du { $time } a déjà le sondage d’ordre du jour #{ $poll } : une occurrence n’en a qu’un à la fois.
err-agenda-propose-not-member = Le sondage d’ordre du jour #{ $poll } reçoit les propositions des membres en règle de `{ $body }`, et vous n’êtes pas compté parmi eux.
err-agenda-propose-closed = Le sondage d’ordre du jour #{ $poll } ne reçoit plus de propositions depuis le { $at }.
err-agenda-proposal-twice = Le sondage d’ordre du jour #{ $poll } a déjà cette proposition : { $number }. { $text }
err-agenda-proposals-full = Le sondage d’ordre du jour #{ $poll } a déjà { $max } propositions, le plus qu’un scrutin puisse classer.

## Attendance, quorum and the speaking queue
cmd-body-quorum-summary = Voir ou fixer combien de membres font le quorum d’une instance.
cmd-body-quorum-help = Indiquez une part des membres (`50%`, arrondie au nombre entier de personnes supérieur) ou un nombre de personnes (`12`) ; `none` supprime la règle. Les membres sont toutes les personnes qui ont un rôle dans l’instance. Le personnel de l’instance ou un administrateur fixe la règle ; chacun peut la voir en omettant la règle. L’appel (`!meeting attendance`) la vérifie.
cmd-meeting-attendance-summary = Faire l’appel d’une réunion en cours, puis vérifier le quorum.
cmd-meeting-attendance-help = La première fois, ouvre l’appel de l’occurrence en cours (ou qui commence dans les 30 minutes) et propose de répondre présent, dans la salle ou à distance. Relancez la commande pour voir qui est présent et si le quorum de l’instance est atteint. La personne qui a programmé la réunion, le personnel de son instance et les administrateurs peuvent l’utiliser. Chaque occurrence garde sa propre liste. Avec `--date`, toute personne qui voit la réunion lit le relevé de l’occurrence de ce jour-là.
cmd-meeting-present-summary = Répondre à l’appel d’une réunion en cours.
cmd-meeting-present-help = Vous inscrit comme présent à l’occurrence en cours (ou qui commence dans les 30 minutes). Ajoutez `remote` si vous participez à distance ; une nouvelle réponse remplace la précédente.
cmd-hand-raise-summary = Lever la main pour prendre la parole (`!hand`).
cmd-hand-raise-help = Vous place à la fin de la file des orateurs de ce salon. Ajoutez `remote` si vous parlez à distance, ou `in-person` ; sinon, votre réponse à l’appel de la réunion en cours décide.
cmd-hand-down-summary = Baisser la main.
cmd-hand-down-help = Vous retire de la file des orateurs de ce salon.
cmd-queue-show-summary = Voir qui attend pour prendre la parole (`!queue`).
cmd-queue-show-help = Liste dans l’ordre la file des orateurs de ce salon, en indiquant qui participe à distance et depuis combien de temps chacun attend.
cmd-queue-clear-summary = Vider la file des orateurs (présidence).
cmd-queue-clear-help = Préside la personne qui a programmé la réunion en cours ici, le personnel de l’instance du salon ou un administrateur.
cmd-next-summary = Donner la parole à la première personne de la file (présidence).
cmd-next-help = Nomme la première personne qui attend, la retire de la file et annonce qui suit. Seule la présidence peut le faire : la personne qui a programmé la réunion en cours ici, le personnel de l’instance du salon ou un administrateur.
param-rule = Une règle de quorum : 50% (des membres), 12 (personnes) ou none
param-presence = remote si vous participez à distance, in-person sinon
body-quorum-percent = Le quorum de **{ $name }** (`{ $short }`) est de { $percent } % de ses membres : { $needed } sur { $members } aujourd’hui.
body-quorum-count = Le quorum de **{ $name }** (`{ $short }`) est de { $needed ->
    [one] { $needed } membre présent
   *[other] { $needed } membres présents
} ; l’instance en compte { $members } aujourd’hui.
body-quorum-none = **{ $name }** (`{ $short }`) n’a pas de règle de quorum. Le personnel peut en fixer une, par exemple `!body quorum { $short } 50%`.
body-quorum-set-percent = Désormais, le quorum de **{ $name }** (`{ $short }`) est de { $percent } % de ses membres : { $needed } sur { $members } aujourd’hui.
body-quorum-set-count = Désormais, le quorum de **{ $name }** (`{ $short }`) est de { $needed ->
    [one] { $needed } membre présent
   *[other] { $needed } membres présents
} ; l’instance en compte { $members } aujourd’hui.
body-quorum-set-none = **{ $name }** (`{ $short }`) n’a plus de règle de quorum.
err-meeting-not-under-way = La réunion #{ $id } n’est pas en cours : sa prochaine occurrence commence { $time }. L’appel s’ouvre { $minutes } minutes avant le début.
err-attendance-not-yours = Seuls la personne qui a programmé la réunion #{ $id }, le personnel de son instance ou un administrateur peuvent faire l’appel.
attendance-open = 📋 Appel pour la réunion #{ $id } « { $title } » ({ $time }) : qui est là ?
attendance-choice-present = Présent
attendance-choice-remote = Présent à distance
attendance-present = Vous êtes inscrit comme présent à la réunion #{ $id } « { $title } » ({ $time }).
attendance-present-remote = Vous êtes inscrit comme présent à distance à la réunion #{ $id } « { $title } » ({ $time }).
attendance-report = 📋 Appel pour la réunion #{ $id } « { $title } » ({ $time }) :
attendance-nobody = Personne n’a encore répondu.
attendance-line = { $name }
attendance-line-remote = { $name } · 🌐 à distance
attendance-line-guest = { $name } · pas membre, non compté
attendance-line-guest-remote = { $name } · 🌐 à distance · pas membre, non compté
attendance-tally-no-body = { $present ->
    [one] { $present } présent
   *[other] { $present } présents
}{ $remote ->
    [0] {""}
   *[other] {" "}(dont { $remote } à distance)
}.
attendance-tally-no-rule = { $present ->
    [one] { $present } présent
   *[other] { $present } présents
}{ $remote ->
    [0] {""}
   *[other] {" "}(dont { $remote } à distance)
} sur { $members ->
    [one] { $members } membre
   *[other] { $members } membres
} ; `{ $short }` n’a pas de règle de quorum.
attendance-tally-percent-reached = { $present ->
    [one] { $present } présent
   *[other] { $present } présents
}{ $remote ->
    [0] {""}
   *[other] {" "}(dont { $remote } à distance)
} sur { $members ->
    [one] { $members } membre
   *[other] { $members } membres
} ; quorum { $needed } ({ $percent } %) : **atteint**.
attendance-tally-percent-missing = { $present ->
    [one] { $present } présent
   *[other] { $present } présents
}{ $remote ->
    [0] {""}
   *[other] {" "}(dont { $remote } à distance)
} sur { $members ->
    [one] { $members } membre
   *[other] { $members } membres
} ; quorum { $needed } ({ $percent } %) : **non atteint**, il en manque { $missing }.
attendance-tally-count-reached = { $present ->
    [one] { $present } présent
   *[other] { $present } présents
}{ $remote ->
    [0] {""}
   *[other] {" "}(dont { $remote } à distance)
} sur { $members ->
    [one] { $members } membre
   *[other] { $members } membres
} ; quorum { $needed } : **atteint**.
attendance-tally-count-missing = { $present ->
    [one] { $present } présent
   *[other] { $present } présents
}{ $remote ->
    [0] {""}
   *[other] {" "}(dont { $remote } à distance)
} sur { $members ->
    [one] { $members } membre
   *[other] { $members } membres
} ; quorum { $needed } : **non atteint**, il en manque { $missing }.
err-queue-direct = La file des orateurs appartient au salon d’une réunion, pas à une conversation privée.
err-not-chair = Seule la présidence peut le faire : la personne qui a programmé la réunion en cours ici, le personnel de l’instance de ce salon ou un administrateur.
err-queue-not-in = Vous n’êtes pas dans la file des orateurs de ce salon.
err-queue-empty = Personne n’attend pour parler : il n’y a personne à qui donner la parole.
queue-raised = ✋ { $name } lève la main : numéro { $position } dans la file.
queue-already = Vous êtes déjà dans la file, en position { $position }.
queue-already-remote = Vous êtes déjà dans la file, en position { $position } ; elle indique désormais que vous parlez à distance.
queue-already-in-person = Vous êtes déjà dans la file, en position { $position } ; elle indique désormais que vous parlez depuis la salle.
queue-lowered = { $name } a baissé la main.
queue-empty = Personne n’attend pour parler.
queue-title = { $count ->
    [one] { $count } personne attend pour parler :
   *[other] { $count } personnes attendent pour parler :
}
queue-line = { $position }. { $name } — attend depuis { $minutes ->
    [0] moins d’une minute
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
queue-line-remote = { $position }. { $name } · 🌐 à distance — attend depuis { $minutes ->
    [0] moins d’une minute
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
queue-floor = 🎤 { $who }, vous avez la parole.
queue-floor-remote = 🎤 { $who }, vous avez la parole (🌐 à distance).
queue-next-up = Ensuite : { $name } ({ $count } en attente).
queue-cleared = { $count ->
    [0] La file des orateurs était déjà vide.
    [one] La file des orateurs est vidée : { $count } personne retirée.
   *[other] La file des orateurs est vidée : { $count } personnes retirées.
}
err-attendance-no-record = La réunion #{ $id } n’a pas, le { $date }, d’occurrence commencée ou sur le point de l’être ; la présence s’enregistre à partir de 30 minutes avant le début.

## Failed sends

category-outbox = **Envois**
cmd-outbox-list-summary = Lister les messages qui n’ont pas pu être remis (`!outbox`).
cmd-outbox-list-help = Affiche les envois auxquels Quorum a renoncé, du plus récent au plus ancien : le numéro, la plateforme, la destination, quand l’envoi a échoué, après combien de tentatives, et pourquoi — jamais leur contenu. Un envoi échoue aussitôt quand la plateforme le refuse pour de bon (messages privés fermés, permission manquante, utilisateur ou salon inconnu), et après une journée (par défaut) d’échecs temporaires. Le personnel voit les envois vers les salons de son instance et les messages privés aux personnes qui y ont un rôle ; les administrateurs voient tout.
cmd-outbox-retry-summary = Retenter un envoi qui a échoué.
cmd-outbox-retry-help = Remet un envoi échoué dans la file : il est tenté aussitôt et, s’il échoue encore pour une raison temporaire, pendant une nouvelle journée. Corrigez d’abord la cause : le membre ouvre ses messages privés, le bot obtient la permission ou est réinvité.
outbox-none = Aucun envoi en échec : tout a été remis ou est encore en cours d’essai.
outbox-title = { $count ->
    [one] Un envoi en échec :
   *[other] { $count } envois en échec, du plus récent au plus ancien :
}
outbox-line = #{ $id } · { $platform } · { $kind ->
    [room] salon { $to }
    [direct] message privé à { $to }
   *[other] destinataire inconnu
} · échec le { $time } après { $attempts ->
    [one] { $attempts } tentative
   *[other] { $attempts } tentatives
} · { $failure ->
    [permanent] refusé
    [expired] abandonné
    [unreadable] illisible
   *[other] échoué
} : { $reason }
outbox-more = … et { $count } de plus.
outbox-retried = L’envoi #{ $id } est de retour dans la file et va être retenté maintenant.
err-outbox-pending = L’envoi `#{ $id }` n’a pas échoué : il est encore en cours d’essai.
err-outbox-sent = L’envoi `#{ $id }` n’a pas échoué : il a été remis.

## Input: one time per command, zones, dates and command names

err-unknown-subcommand-suggest = La commande `{ $command }` n’a pas de sous-commande `{ $name }`. Vouliez-vous dire `{ $suggestion }` ?
err-date-out-of-range = « { $value } » est hors des années que Quorum planifie : donnez une date entre { $from } et { $to }.
err-two-times = Indiquez le moment une seule fois : `{ $first }` et « { $second } » donnent chacun une heure. Si « { $second } » fait partie du texte, mettez le texte entre guillemets.
err-zone-with-duration = Un délai (`in …`) se compte à partir de maintenant : le fuseau « { $zone } » n’y change rien. Retirez-le, ou donnez une heure avec `at`. S’il fait partie du texte, mettez le texte entre guillemets.
zone-fixed-offset = Remarque : « { $given } » est un décalage fixe ({ $offset }) toute l’année, sans heure d’été. On entend d’ordinaire par là `{ $zone }` ; indiquez ce fuseau pour suivre son heure toute l’année.
zone-fixed-offset-nowhere = Remarque : « { $given } » est un décalage fixe ({ $offset }) toute l’année, sans heure d’été ; pour suivre l’heure d’un lieu, indiquez son fuseau, par exemple `Europe/Zurich`.

## Times said with how far off they are, and lengths of time
time-ahead = { $time } ({ $ahead })
ahead-now = maintenant
ahead-minutes = dans { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
ahead-hours = dans { $count ->
    [one] { $count } heure
   *[other] { $count } heures
}
ahead-hours-minutes = dans { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
} { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
ahead-tomorrow = demain
ahead-days = dans { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
duration-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
duration-hours = { $count ->
    [one] { $count } heure
   *[other] { $count } heures
}
duration-hours-minutes = { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
} { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
duration-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}

## A body's language
cmd-body-lang-summary = Afficher ou choisir la langue des salons d'une instance.
cmd-body-lang-help = Les messages que Quorum publie de lui-même dans les salons de l'instance (rappels de réunion, rappels pour le salon) sont rédigés dans cette langue ; les réponses à une personne restent dans la langue de celle-ci. Le secrétariat de l'instance peut la changer.
body-lang-current = Les salons de `{ $body }` reçoivent les messages en `{ $lang }`. Disponibles : { $choices }.
body-lang-set = Les salons de `{ $body }` recevront désormais les messages en `{ $lang }`.

## Repetitions in words
repeat-hourly = toutes les heures
repeat-days = { $interval ->
    [one] chaque jour
   *[other] tous les { $interval } jours
} à { $time }
repeat-weekdays = du lundi au vendredi à { $time }
repeat-weekends = le samedi et le dimanche à { $time }
repeat-weekly = { $interval ->
    [one] chaque semaine
   *[other] toutes les { $interval } semaines
} à { $time }
repeat-weeks = { $interval ->
    [one] chaque semaine
   *[other] toutes les { $interval } semaines
} le { $days } à { $time }
repeat-months-day = { $interval ->
    [one] chaque mois
   *[other] tous les { $interval } mois
} le { $day } à { $time }
repeat-months-nth = { $interval ->
    [one] chaque mois
   *[other] tous les { $interval } mois
} le { $nth ->
    [1] premier
    [2] deuxième
    [3] troisième
    [4] quatrième
    [5] cinquième
   *[last] dernier
} { $weekday ->
    [mon] lundi
    [tue] mardi
    [wed] mercredi
    [thu] jeudi
    [fri] vendredi
    [sat] samedi
   *[sun] dimanche
} à { $time }
repeat-cron = selon le cron `{ $cron }`
weekday-name = { $day ->
    [mon] lundi
    [tue] mardi
    [wed] mercredi
    [thu] jeudi
    [fri] vendredi
    [sat] samedi
   *[sun] dimanche
}
list-pair = { $first }, { $rest }
list-last-pair = { $first } et { $rest }

## Applications
category-applications = **Candidatures**
cmd-apply-to-summary = Poser sa candidature à un organe.
cmd-apply-to-help = Ouvre votre candidature à l’organe, en privé : Quorum pose ses questions une à une dans votre conversation directe, et vous répondez à chacune par un simple message (sans `!`). Les questions standard sont votre nom complet, votre organisation (`-` si aucune), votre pays (son code ISO à deux lettres, par exemple `CH`) et vos raisons d’adhérer ; l’organe peut en ajouter. Vous pouvez arrêter à tout moment avec `!apply cancel` et reprendre où vous en étiez après un redémarrage. Le comité de l’organe l’approuve ou la rejette ensuite, et vous en êtes informé ici, dans votre langue.
cmd-apply-answers-summary = Répondre d’un coup aux questions suivantes de votre candidature.
cmd-apply-answers-help = Répond dans l’ordre aux questions suivantes de la candidature en cours : chaque mot ou texte entre guillemets est une réponse. Là où les formulaires s’affichent (Discord), `apply answers` seul ouvre le formulaire des questions suivantes. Les réponses précédant une réponse refusée sont conservées ; la question refusée est reposée.
cmd-apply-cancel-summary = Retirer votre candidature en cours.
cmd-apply-cancel-help = Retire la candidature que vous remplissez ou qui attend une décision. Vous pourrez postuler de nouveau plus tard.
cmd-apply-status-summary = Voir vos candidatures et leur état.
cmd-apply-status-help = Liste vos candidatures : l’organe, et si chacune est en cours de saisie (`drafting`), attend le comité (`pending`), est soumise à un vote du comité (`referred`), `approved`, `rejected` ou `withdrawn`.
cmd-apply-questions-summary = Voir ce que demande une candidature à un organe.
cmd-apply-questions-help = Liste les questions d’une candidature à l’organe, dans l’ordre : les quatre questions standard, puis celles de l’organe.
cmd-applications-summary = Lister les candidatures à un organe.
cmd-applications-help = Liste les candidatures à l’organe (celui du salon si aucun n’est nommé), par défaut celles qui attendent une décision ; `--status` montre celles d’un état, ou `all`. Pour le comité de l’organe (`exec`) et son personnel, en privé.
cmd-application-show-summary = Lire les réponses d’une candidature.
cmd-application-show-help = Affiche une candidature et chaque réponse, avec sa question telle qu’elle a été posée. Pour le comité de l’organe et son personnel, en privé.
cmd-application-approve-summary = Approuver une candidature.
cmd-application-approve-help = La personne devient membre de l’organe : elle reçoit le rôle `member`, est invitée dans les salons de l’organe avec le rôle de membre des plateformes, et est accueillie dans sa langue.
cmd-application-reject-summary = Rejeter une candidature, avec le motif.
cmd-application-reject-help = La personne en est informée, dans sa langue, avec le motif que vous donnez.
cmd-application-refer-summary = Soumettre une candidature au vote du comité.
cmd-application-refer-help = Marque une candidature en attente comme soumise à un vote du comité de l’organe ; le comité l’approuve ou la rejette ensuite selon le résultat. Réservé au personnel.
apply-started = Candidature #{ $id } à **{ $body }** (`{ $short }`) : { $count } questions. Répondez à chacune par un message ici ; `!apply cancel` l’arrête.
apply-resumed = La candidature #{ $id } à `{ $body }` reprend là où vous vous êtes arrêté·e :
apply-question = Question { $number } sur { $total } : { $question }
apply-question-line = { $number }. { $question }
apply-q-name = Quel est votre nom complet ?
apply-q-organisation = À quelle organisation appartenez-vous ? Écrivez `-` si aucune.
apply-q-country = Dans quel pays êtes-vous établi·e ? Son code à deux lettres, par exemple `CH`, `KE` ou `BR`.
apply-q-motivation = Pourquoi souhaitez-vous adhérer ?
apply-q-body = { $text }
apply-started-form = Candidature n° { $id } à **{ $body }** (`{ $short }`) : { $count } questions, dans un formulaire.
apply-form-title = Candidature : questions { $from } à { $to } sur { $total }
apply-form-open = Répondre aux questions
apply-form-next = La candidature n° { $id } à `{ $body }` se poursuit avec ces questions :
apply-answers-noted = { $count ->
    [one] Une réponse notée.
   *[other] { $count } réponses notées.
}
apply-field-name = Nom complet
apply-field-organisation = Organisation (- si aucune)
apply-field-country = Pays (code à deux lettres)
apply-field-motivation = Pourquoi voulez-vous adhérer ?
apply-field-own = Question { $number }
err-apply-nothing-to-answer = Vous n’avez aucune candidature en cours de rédaction. `!apply ORGANE` en commence une.
err-apply-too-many-answers = { $given } réponses, mais il ne reste que { $left } questions.
apply-answer-noted = Noté : { $answer }
apply-submitted = Merci : la candidature #{ $id } à **{ $body }** (`{ $short }`) est complète. Son comité décidera, et vous en serez informé ici. `!apply status` montre où elle en est.
apply-nothing-asked = Plus rien n’est demandé ici : votre candidature a été tranchée ou retirée. `!apply status` montre où elle en est.
apply-withdrawn = La candidature #{ $id } à `{ $body }` est retirée.
apply-status-none = Vous n’avez postulé à aucun organe. `!apply ORGANE` ouvre une candidature.
apply-status-title = { $count ->
    [one] Votre candidature :
   *[other] Vos { $count } candidatures :
}
apply-status-line = #{ $id } · `{ $body }` · { $status }
apply-questions-title = Une candidature à `{ $body }` demande :
apply-question-added = Question { $number } ajoutée aux candidatures à `{ $body }` : { $text }
apply-question-removed = Question { $number } retirée des candidatures à `{ $body }`.
application-vote-opened = Le comité se prononce par le scrutin n° { $poll } (`!poll vote #{ $poll } yes|no|abstain`), ouvert { $days } jours : adopté, la candidature est approuvée ; sinon, elle est rejetée.
apply-approved = Bienvenue dans **{ $body }** (`{ $short }`) : votre candidature a été approuvée et vous êtes désormais membre. Vous serez invité·e dans ses salons.
apply-rejected = Votre candidature à **{ $body }** n’a pas été retenue. Motif du comité : { $reason }
applications-none = Aucune candidature à `{ $body }` dans cet état.
applications-title = { $count ->
    [one] 1 candidature à `{ $body }` :
   *[other] { $count } candidatures à `{ $body }` :
}
application-line = #{ $id } · { $applicant } · { $status } · depuis le { $created }
application-answer = { $number }. { $question } — { $answer }
application-decided = Candidature #{ $id } de { $applicant } à `{ $body }` : { $status }.
err-apply-member = Vous êtes déjà membre de `{ $body }`.
err-apply-already = Vous avez déjà postulé à `{ $body }` : la candidature #{ $id } est { $status }. `!apply status` la montre ; `!apply cancel` la retire.
err-apply-finish-first = Terminez ou retirez d’abord votre candidature #{ $id } à `{ $body }` : répondez à sa question ici, ou envoyez `!apply cancel`.
err-apply-none-open = Vous n’avez aucune candidature en cours à retirer.
err-apply-country = « { $value } » n’est pas un code de pays. Écrivez le code ISO à deux lettres du pays, par exemple `CH` pour la Suisse ou `KE` pour le Kenya.
err-apply-questions-full = `{ $body }` pose déjà { $max } questions propres : retirez-en une d’abord.
err-apply-question-standard = La question { $number } est une question standard, posée par toute candidature ; seules celles de l’organe (à partir de la 5) peuvent être retirées.
err-application-decided = La candidature #{ $id } est { $status } : elle n’attend pas de décision.

## Onboarding
cmd-onboarding-show-summary = Voir votre liste d’accueil dans un organe.
cmd-onboarding-show-help = Affiche la liste d’accueil des nouveaux membres de l’organe et ce que vous avez fait (l’organe du salon si aucun n’est nommé). Le personnel peut nommer un membre pour voir la sienne.
cmd-onboarding-done-summary = Cocher un point de votre liste d’accueil.
cmd-onboarding-done-help = Marque comme fait le point portant ce numéro. Le personnel peut cocher un point pour un membre qu’il nomme. Tant que tout n’est pas fait, Quorum vous le rappelle tous les trois jours, dix fois au plus.
cmd-onboarding-items-summary = Voir ou modifier la liste d’accueil d’un organe.
cmd-onboarding-items-help = Affiche la liste que reçoivent les nouveaux membres de l’organe à l’approbation de leur candidature ; le personnel ajoute des points (20 au plus, de 300 caractères au plus) ou en retire un par son numéro.
onboarding-item = { $done ->
    [yes] ✅
   *[no] ⬜
} { $number }. { $text }
onboarding-none = Vous n’avez pas de liste d’accueil dans `{ $body }`.
onboarding-none-for = { $who } n’a pas de liste d’accueil dans `{ $body }`.
onboarding-title = { $left ->
    [0] Votre accueil dans `{ $body }` est terminé :
    [one] Votre accueil dans `{ $body }` : { $left } point sur { $total } reste à faire.
   *[other] Votre accueil dans `{ $body }` : { $left } points sur { $total } restent à faire.
}
onboarding-title-for = Accueil de { $who } dans `{ $body }` : reste { $left } sur { $total }.
onboarding-how = Cochez un point avec `!onboarding done NUMÉRO`.
onboarding-already = Le point { $number } ({ $text }) était déjà fait.
onboarding-ticked = Fait : { $number }. { $text } — { $left ->
    [one] il reste 1 point.
   *[other] il reste { $left } points.
}
onboarding-complete = Fait : { $number }. { $text } — votre accueil dans `{ $body }` est terminé. Bienvenue !
onboarding-items-none = `{ $body }` n’a pas encore de liste d’accueil.
onboarding-items-title = La liste d’accueil de `{ $body }` :
onboarding-item-line = { $number }. { $text }
onboarding-item-added = Point { $number } ajouté à la liste d’accueil de `{ $body }` : { $text }
onboarding-item-removed = Point { $number } retiré de la liste d’accueil de `{ $body }`.
onboarding-reminder = Votre accueil dans `{ $body }` : { $left ->
    [one] il reste 1 point :
   *[other] il reste { $left } points :
}
onboarding-welcome = Pour bien commencer :
err-onboarding-full = La liste de `{ $body }` compte déjà { $max } points : retirez-en un d’abord.

## Member records and the directory
category-members = **Membres**
cmd-member-list-summary = Lister les membres de l’organe, page par page.
cmd-member-list-help = Filtres : `--group`, `--region` (africa, americas, asia, europe, oceania, ou le code M49), `--country` (code ISO tel que `FR`), `--status` (applicant, active, renewal-due, lapsed, former, suspended) et `--kind` (person ou organisation). Les membres voient les membres en règle et les champs que l’organe rend publics, et ne peuvent filtrer que sur ceux-ci ; le secrétariat voit toutes les fiches et tous les champs. Envoyé en privé.
cmd-member-show-summary = Afficher la fiche d’un membre.
cmd-member-show-help = Le secrétariat voit tous les champs, notes comprises ; un membre voit les champs publics, et sa propre fiche sans les notes du secrétariat.
cmd-member-add-summary = Ajouter une fiche de membre.
cmd-member-add-help = Donnez un nom entre guillemets, ou `@utilisateur` pour que la fiche soit la sienne. Le pays est un code ISO 3166 et donne la région de l’ONU. Une personne ayant un compte peut représenter une organisation (`--represents ID`) ; `--voting` en fait celle qui vote pour elle. Sans `--status`, le membre est actif dès aujourd’hui.
cmd-member-edit-summary = Modifier une fiche de membre.
cmd-member-edit-help = Le secrétariat modifie n’importe quel champ ; `-` en vide un (`--notes -`). Un membre peut modifier les langues et le genre de sa propre fiche. Statut : un candidat devient actif, tout membre peut devenir ancien membre, un ancien membre redevenir actif ; « renouvellement dû » et « échu » suivent la date de renouvellement.
cmd-member-suspend-summary = Suspendre un membre, avec un motif.
cmd-member-suspend-help = Un membre suspendu ne compte ni pour le quorum, ni pour les votes ou les élections jusqu’à sa réintégration. Le changement est consigné dans le journal d’audit.
cmd-member-reinstate-summary = Réintégrer un membre suspendu.
cmd-member-reinstate-help = Le membre redevient actif ; si sa date de renouvellement est passée, le renouvellement devient dû ou l’adhésion échoit aussitôt.
cmd-member-renew-summary = Renouveler une adhésion.
cmd-member-renew-help = Les adhésions actives, dues ou échues redeviennent actives jusqu’à la date donnée, ou un an après la date de renouvellement actuelle.
cmd-member-remove-summary = Supprimer une fiche de membre.
cmd-member-remove-help = Une fiche supprimée ne peut pas être rétablie : sans `--yes`, Quorum demande d’abord. Pour garder l’historique, faites plutôt du membre un ancien membre.
cmd-member-public-summary = Afficher ou choisir les champs que voient les membres.
cmd-member-public-help = Champs : kind, organisation, group, country, region, languages, status, joined, renewal, ou `none`. Les noms sont toujours affichés ; le genre et les notes du secrétariat jamais.
cmd-member-policy-summary = Afficher ou régler les règles de renouvellement de l’organe.
cmd-member-policy-help = `--notice` : combien de jours avant la date de renouvellement le membre reçoit un rappel (et le renouvellement devient dû) ; `--grace` : combien de jours après elle l’adhésion échoit si elle n’est pas renouvelée.
cmd-member-import-summary = Importer des fiches de membres depuis un fichier CSV.
cmd-member-import-help = La première ligne nomme les colonnes : name (obligatoire), kind, organisation, group, country, languages, gender, status, joined, renewal, notes. Virgules, points-virgules ou tabulations ; une marque d’ordre d’octets et des sauts de ligne entre guillemets sont acceptés. Sans `--commit`, rien n’est écrit : Quorum vérifie chaque ligne et nomme chaque ligne fautive. Avec `--commit`, toutes les lignes sont écrites d’un coup, ou aucune. Le fichier est lu sur la machine où tourne Quorum : les imports se font depuis la console.
cmd-member-export-summary = Exporter les fiches de membres en fichier CSV.
cmd-member-export-help = Toutes les fiches avec tous les champs, notes du secrétariat comprises : conservez le fichier en lieu sûr. Il peut être réimporté.
cmd-member-stats-summary = Afficher l’équilibre de la composition.
cmd-member-stats-help = Effectifs et parts des membres en règle par groupe de parties prenantes, région et genre. Les groupes de moins de 5 personnes sont fusionnés et les petits effectifs ne sont pas affichés, pour que personne ne soit identifiable.
param-account = Le compte du membre, comme @alice
param-kind = person (personne) ou organisation
param-org = L’organisation
param-group = Le groupe de parties prenantes
param-country = Un code de pays, comme FR ou KE
param-languages = Des codes de langue, comme en,fr
param-gender = Genre déclaré par la personne, pour les statistiques d’équilibre seulement
param-status = Le statut de l’adhésion
param-joined = La date d’adhésion, comme 2026-01-15
param-renewal = La date de renouvellement, comme 2027-01-15
param-represents = Le numéro de fiche de l’organisation, comme #3
param-voting = En faire le représentant votant de l’organisation
param-notes = Notes réservées au secrétariat
param-region = Une région : africa, americas, asia, europe ou oceania
param-page = Le numéro de page
param-answers = Vos réponses, dans l’ordre
param-reason = Le motif
param-until = La nouvelle date de renouvellement
param-fields = Les champs que voient les membres
param-grace = Jours après la date de renouvellement avant que l’adhésion échoie
param-notice = Jours avant la date de renouvellement où le membre reçoit un rappel
param-path = Le chemin du fichier CSV
param-commit = Écrire les fiches (sans cela, seulement les vérifier)
member-status = { $status ->
    [applicant] candidat
    [active] actif
    [renewal-due] renouvellement dû
    [lapsed] adhésion échue
    [former] ancien membre
   *[suspended] suspendu
}
member-kind = { $kind ->
    [organisation] organisation
   *[person] personne
}
member-region = { $region ->
    [africa] Afrique
    [americas] Amériques
    [asia] Asie
    [europe] Europe
    [oceania] Océanie
   *[none] sans région
}
member-gender = { $gender ->
    [woman] femme
    [man] homme
    [non-binary] non binaire
   *[other] autre
}
member-detail-text = { $text }
member-detail-code = `{ $code }`
member-detail-pair = { $first } · { $rest }
member-line = #{ $id } **{ $name }**
member-line-details = #{ $id } **{ $name }** — { $details }
member-field = { $field ->
    [kind] Type
    [organisation] Organisation
    [group] Groupe de parties prenantes
    [country] Pays
    [region] Région
    [languages] Langues
    [status] Statut
    [joined] Adhésion
    [renewal] Date de renouvellement
    [reason] Motif
    [gender] Genre
    [account] Compte
   *[notes] Notes du secrétariat
} : { $value }
member-show-title = Membre #{ $id } : **{ $name }**
member-represents = Représente #{ $id } { $name }
member-represents-voting = Représente #{ $id } { $name } (représentant votant)
member-no-representatives = Pas encore de représentants.
member-representatives = Représentants :
member-representative = #{ $id } { $name }
member-representative-voting = #{ $id } { $name } (vote pour l’organisation)
member-public-current = Les membres de `{ $body }` voient ces champs : { $fields }.
member-public-set = Désormais, les membres de `{ $body }` voient ces champs : { $fields }.
member-policy-current = Dans `{ $body }`, les membres reçoivent un rappel { $notice } jours avant leur date de renouvellement, et une adhésion non renouvelée échoit { $grace } jours après.
member-policy-set = Désormais, dans `{ $body }`, les membres reçoivent un rappel { $notice } jours avant leur date de renouvellement, et une adhésion non renouvelée échoit { $grace } jours après.
member-list-empty = Aucun membre de `{ $body }` ne correspond.
member-list-title = { $count ->
    [one] Un membre de `{ $body }` :
   *[other] { $count } membres de `{ $body }`, page { $page } sur { $pages } :
}
member-list-next = Page suivante : `{ $command }`
err-member-page = Il n’y a pas de page { $page } : la liste en compte { $pages }.
err-member-filter-hidden = `{ $flag }` filtre sur un champ que les membres de `{ $body }` ne peuvent pas voir.
err-member-not-found = Fiche de membre `{ $id }` introuvable.
err-member-account-taken = { $who } a déjà une fiche de membre ici : `{ $id }`.
err-member-not-organisation = La fiche `{ $id }` n’est pas une organisation que l’on peut représenter.
err-member-organisation-account = Une organisation n’a pas de compte à elle : ajoutez ses personnes comme représentants (`--represents`).
err-member-representative-account = Un représentant doit avoir un compte : indiquez `--account @USER`.
err-member-voting-alone = Seul le représentant d’une organisation peut en être le représentant votant : indiquez `--represents ID`.
member-added = Membre #{ $id } **{ $name }** ajouté à `{ $body }` ({ $status }).
err-member-status-change = Le membre #{ $id } ne peut pas passer de « { $from } » à « { $to } » de cette façon.
member-updated = Fiche du membre #{ $id } **{ $name }** mise à jour.
err-member-cannot-suspend = Le membre #{ $id } ne peut pas être suspendu : statut « { $status } ».
member-suspended = Le membre #{ $id } **{ $name }** est suspendu : { $reason }
err-member-not-suspended = Le membre #{ $id } n’est pas suspendu : statut « { $status } ».
member-reinstated = Le membre #{ $id } **{ $name }** est réintégré.
err-member-cannot-renew = Le membre #{ $id } ne peut pas être renouvelé : statut « { $status } ».
err-member-renew-past = La nouvelle date de renouvellement `{ $date }` doit être postérieure à aujourd’hui.
member-renewed = L’adhésion du membre #{ $id } **{ $name }** est renouvelée jusqu’au `{ $date }`.
member-confirm-remove = Supprimer la fiche
member-remove-confirm = Supprimer définitivement le membre #{ $id } **{ $name }** ? C’est irréversible.
member-removed = Fiche du membre #{ $id } **{ $name }** supprimée.
member-renewal-reminder = { $name }, votre adhésion à `{ $body }` est à renouveler le `{ $date }`. { $days ->
    [0] Sans renouvellement, elle échoit ce jour-là.
    [one] Sans renouvellement, elle échoit un jour plus tard.
   *[other] Sans renouvellement, elle échoit { $days } jours plus tard.
} Merci de contacter le secrétariat.
member-lapsed-notice = { $name }, votre adhésion à `{ $body }` a échu : elle était à renouveler le `{ $date }`. Contactez le secrétariat pour la renouveler.
member-import-cell = colonne `{ $column }` : { $reason }
err-member-import-empty = Le fichier ne contient aucune ligne de membre.
err-member-import-unreadable = La première ligne du fichier ne se lit pas comme du CSV.
err-member-import-header = Colonne inconnue « { $header } ». Colonnes : `{ $allowed }`.
err-member-import-header-twice = La colonne « { $header } » apparaît deux fois.
err-member-import-no-name = Le fichier doit avoir une colonne `name`.
err-member-import-too-many = Le fichier a plus de { $max } lignes : découpez-le.
member-import-unreadable-line = cette ligne ne se lit pas comme du CSV
member-import-cells = { $expected } cellules attendues, { $found } trouvées
err-member-import-console = Un import lit un fichier sur la machine où tourne Quorum : lancez-le depuis la console.
err-member-import-too-big = Le fichier dépasse { $megabytes } Mo.
err-member-import-read = Impossible de lire le fichier « { $path } ».
err-member-import-encoding = Le fichier n’est pas du texte UTF-8 : enregistrez-le en « CSV UTF-8 ».
member-import-bad = { $bad ->
    [one] Une ligne fautive sur { $count } ; rien n’a été écrit :
   *[other] { $bad } lignes fautives sur { $count } ; rien n’a été écrit :
}
member-import-bad-line = Ligne { $line } : { $reason }
member-import-more = … et { $count } autres lignes fautives.
member-import-nothing-written = Corrigez le fichier et importez-le à nouveau.
member-import-ready = { $count ->
    [one] La ligne est correcte.
   *[other] Les { $count } lignes sont correctes.
} Rien n’est encore écrit : lancez `{ $command }` pour les importer.
member-import-done = { $count ->
    [one] Une fiche de membre importée dans `{ $body }`.
   *[other] { $count } fiches de membres importées dans `{ $body }`.
}
member-export-ready = { $count ->
    [one] Une fiche de membre de `{ $body }`, en CSV. Elle contient les notes du secrétariat : conservez-la en lieu sûr.
   *[other] { $count } fiches de membres de `{ $body }`, en CSV. Elles contiennent les notes du secrétariat : conservez-les en lieu sûr.
}
member-stats-empty = `{ $body }` n’a encore aucun membre en règle.
member-stats-title = { $count ->
    [one] Équilibre de `{ $body }` : un membre en règle.
   *[other] Équilibre de `{ $body }` : { $count } membres en règle.
}
member-stats-too-few = Moins de { $min } membres : pas de répartition, pour que personne ne soit identifiable.
member-stats-heading = { $dimension ->
    [group] **Par groupe de parties prenantes**
    [region] **Par région**
   *[gender] **Par genre**
}
member-stats-line = { $label } : { $count } ({ $share } %)
member-stats-not-stated = non indiqué
member-stats-other = autres (groupes de moins de { $min })
member-stats-other-not-stated = autres et non indiqué (groupes de moins de { $min })


## Comptes liés
cmd-account-link-summary = Lier vos comptes de plusieurs plateformes en un seul membre.
cmd-account-link-help = Sans code, vous donne un code de liaison à usage unique, en message direct uniquement (sur Discord, toute commande : personne d’autre ne la voit). Envoyez `!account link CODE` à Quorum en message direct depuis votre compte sur une autre plateforme dans les 10 minutes : les deux comptes deviennent un seul membre, celui qui a demandé le code. Tout ce que l’autre membre détenait (rôles, rappels, réponses, points d’ordre du jour, présences) le rejoint ; là où les deux détenaient la même chose, c’est celle du membre demandeur qui est gardée. Un code ne sert qu’une fois et 5 essais erronés le bloquent. Un membre a un compte par plateforme. Si l’autre membre détient des données, que délier ne rend pas, la question vous est d’abord posée : ajoutez `--yes` pour continuer.
cmd-account-unlink-summary = Délier votre compte d’une plateforme.
cmd-account-unlink-help = Fait de votre compte sur cette plateforme un membre à part entière, sans rôle ; vos données et vos rôles restent avec vos autres comptes. Votre seul compte ne peut pas être délié.
whoami-account = Compte { $platform } : `{ $user }` ({ $name })
account-code-issued = Votre code de liaison est `{ $code }`. Avant { $until }, envoyez `!account link { $code }` à Quorum en message direct depuis votre compte sur une autre plateforme. Il ne sert qu’une fois et remplace tout code demandé auparavant.
account-linked = Votre compte { $platform } `{ $user }` est désormais lié au membre numéro { $id }, qui a ces comptes :
account-merged = Tout ce que détenait le membre numéro { $gone } appartient désormais au membre numéro { $id } ; là où les deux détenaient la même chose, celle du membre numéro { $id } a été gardée.
account-linked-notice = Le compte { $platform } `{ $user }` vient d’être lié à vous, membre numéro { $id }, avec le code de liaison que vous avez demandé. Si ce n’était pas vous, déliez-le tout de suite avec `!account unlink { $platform }`.
account-link-confirm = Le membre de votre compte, numéro { $gone }, détient { $count ->
    [one] un enregistrement
   *[other] { $count } enregistrements
} (rôles, rappels, réponses, points d’ordre du jour, présences). La liaison les transfère au membre numéro { $id }, qui a demandé le code, et les délier plus tard ne les rend pas. Rien n’est encore lié ; le code reste valable jusqu’à son expiration.
account-confirm-link = Lier et les transférer
account-unlinked = Votre compte { $platform } (`{ $user }`) n’est plus lié : c’est désormais le membre numéro { $id }, sans rôle.
account-unlinked-here = Vous avez écrit depuis ce compte : désormais, il agit comme membre numéro { $id }.
account-remaining = Le membre numéro { $id } garde ces comptes :
err-account-link-public = Les codes de liaison ne sont donnés qu’en message direct : envoyez `!account link` à Quorum en message direct.
err-account-code-public = Les codes de liaison ne s’utilisent qu’en message direct : d’autres personnes ici ont pu lire celui-ci. S’il était valide, il ne fonctionne plus ; demandez-en un nouveau avec `!account link` en message direct.
err-link-code-format = Ce n’est pas un code de liaison : un code compte trois groupes de quatre lettres et chiffres, comme `K7QD-M4XP-9TRW`.
err-link-code-unknown = Aucun code de liaison ne commence par `{ $handle }`. Vérifiez-le, ou demandez-en un nouveau avec `!account link` depuis votre autre compte.
err-link-code-used = Ce code de liaison a déjà servi : un code ne sert qu’une fois. Demandez-en un nouveau avec `!account link`.
err-link-code-expired = Ce code de liaison a expiré le { $at } : un code vaut 10 minutes. Demandez-en un nouveau avec `!account link` depuis le compte qui l’avait demandé.
err-link-code-locked = Ce code de liaison est bloqué : il a subi { $tries } essais erronés, ou il a été envoyé dans un salon où d’autres pouvaient le lire. La personne qui l’a demandé doit en demander un nouveau avec `!account link`.
err-link-code-wrong = Code de liaison erroné. { $left ->
    [one] Encore un essai erroné et il sera bloqué.
   *[other] Encore { $left } essais erronés et il sera bloqué.
}
err-link-code-now-locked = Code de liaison erroné. C’était l’essai erroné numéro { $tries } : le code est désormais bloqué, et la personne qui l’a demandé doit en demander un nouveau avec `!account link`.
err-link-code-own = Ce compte appartient déjà au membre numéro { $id }, qui a demandé ce code : il n’y a rien à lier. Envoyez le code depuis votre compte sur une autre plateforme.
err-link-code-same-platform = Ce code a été demandé sur { $platform } : envoyez-le depuis votre compte sur une autre plateforme.
err-link-platform-taken = Les deux membres ont un compte { $platform }, et un membre a un compte par plateforme. Déliez d’abord l’un des deux avec `!account unlink { $platform }` ; le code reste valable jusqu’à son expiration.
err-unlink-none = Vous n’avez aucun compte { $platform } lié. `!whoami` liste vos comptes.
err-unlink-only = Votre compte { $platform } est votre seul compte : il n’y a rien dont le délier.

## Your data
cmd-mydata-summary = Obtenir tout ce que Quorum conserve à votre sujet.
cmd-mydata-help = Vous envoie, en privé, un fichier JSON avec tout ce que Quorum conserve à votre sujet : vos réglages, comptes, rôles, fiches de membre, rappels, réponses, présences, points d’ordre du jour, candidatures et ce que le journal d’audit a enregistré de vos actions. Les notes du personnel sur les membres n’y figurent pas.
cmd-forgetme-summary = Effacer vos données personnelles.
cmd-forgetme-help = Efface ce que Quorum conserve à votre sujet : votre nom, votre langue et votre fuseau, vos comptes (déliés), vos rôles, vos fiches de membre (gardées anonymes, comme anciens membres, pour les décomptes) et ce que vous avez écrit (rappels, points d’ordre du jour, réponses de candidature). Les décomptes comme les présences et le journal d’audit restent, sous un pseudonyme. Demande d’abord `--yes` ; c’est irréversible.
mydata-ready = Voici tout ce que Quorum conserve à votre sujet, dans un fichier JSON. Les notes du personnel sur les membres n’y figurent pas.
forgetme-ask = Ceci efface votre nom, votre langue et votre fuseau, délie vos comptes, retire vos rôles, rend vos fiches de membre anonymes et remplace ce que vous avez écrit (rappels, points d’ordre du jour, réponses de candidature). Les décomptes et le journal d’audit gardent un pseudonyme. C’est irréversible : confirmez avec `!forgetme --yes`.
forgetme-confirm = Effacer mes données
forgetme-done = C’est fait : Quorum a effacé vos données personnelles. Vos comptes ne sont plus liés à aucun membre ; si vous écrivez de nouveau, vous repartez de zéro.

## Polls
category-polls = **Scrutins et droits de vote**
cmd-poll-create-summary = Ouvrir un scrutin : choix unique ou multiple, classement, notation ou proposition.
cmd-poll-create-help = Ouvre un scrutin dans ce salon : la question, puis chaque option (un mot, ou un texte entre guillemets ; de 2 à 20). Par défaut, on choisit une seule option ; `--multi` permet d’en choisir plusieurs (`--min`, `--max`) ; `--ranked` demande de classer les options, dépouillées par vote alternatif (second tour instantané) avec l’affichage de chaque tour ; `--score 0-5` demande une note par option ; `--proposal` demande pour, contre ou abstention, avec `--majority simple|absolute|2/3` et `--quorum 50%` (ou un nombre). `--anonymous` conserve l’identité des votants à part des bulletins : un bulletin ne peut pas être modifié, et les résultats restent cachés jusqu’à la clôture. `--body SHORT` réserve le vote aux membres en règle de l’organe, une voix par membre quelles que soient les plateformes qu’il utilise (liste arrêtée à l’ouverture du scrutin ; `--weighted` compte leur poids de vote). `--closes 48h` ou `--closes "2026-12-10 18:00"` (à votre heure) le clôt automatiquement ; `--remind 24h` envoie en privé, autant de temps avant la clôture, un rappel à ceux qui n’ont pas voté.
cmd-poll-vote-summary = Voter dans un scrutin, ou modifier votre vote.
cmd-poll-vote-help = Vote dans un scrutin : un numéro d’option (`2`), plusieurs (`1,3`), un classement en commençant par l’option préférée (`3 1 2`), une note par option dans l’ordre (`4 0 5`), ou `yes`, `no` ou `abstain` pour une proposition. Voter à nouveau remplace votre vote jusqu’à la clôture, sauf dans les scrutins secrets. Si vous détenez la procuration de quelqu’un, `--for @member` vote en son nom et `--for all` au nom de tous ceux dont vous détenez la procuration ; tant que vous avez donné votre procuration, vous ne pouvez pas voter en personne.
poll-ballot-open = Remplir mon bulletin
poll-ballot-score = { $option } (0–{ $max })
poll-ballot-ranking = Votre classement, préféré d’abord
cmd-poll-ballot-summary = Remplir en privé le bulletin d’un scrutin.
cmd-poll-ballot-help = Vous donne en privé le bulletin d’un scrutin classé ou noté, étape par étape : sur Discord, des menus que vous seul voyez (votre premier choix, puis le suivant parmi les autres…, ou une note par option), votés avec `!poll vote` seulement quand vous confirmez ; ailleurs, la façon de voter. PICKS porte les choix faits jusque-là (`3,1`, ou des notes avec `-` pour celles qui manquent : `4,-,0`).
cmd-poll-show-summary = Afficher un scrutin et ses résultats.
cmd-poll-show-help = Affiche la question et les options d’un scrutin, ainsi que le décompte des voix : immédiatement pour un scrutin qui n’est pas secret, après la clôture pour un scrutin secret. Les scrutins par classement affichent chaque tour du vote alternatif ; une proposition indique si elle est adoptée et pourquoi.
cmd-poll-close-summary = Clore un scrutin dès maintenant.
cmd-poll-close-help = Clôt un scrutin avant son échéance et publie le résultat dans son salon. Peuvent le faire : la personne qui l’a créé, le secrétariat de son organe ou un administrateur.
cmd-poll-extend-summary = Repousser l’échéance d’un scrutin.
cmd-poll-extend-help = Prolonge un scrutin ouvert : à partir de son échéance, ou de maintenant s’il n’en avait pas.
cmd-poll-reopen-summary = Rouvrir un scrutin clos.
cmd-poll-reopen-help = Rouvre un scrutin clos ; les votes déjà exprimés restent acquis. `--closes` lui donne une nouvelle échéance.
cmd-poll-voters-summary = Voir combien de personnes peuvent voter et combien l’ont fait.
cmd-poll-voters-help = Indique combien de personnes peuvent voter à un scrutin et combien l’ont fait. Tant que le scrutin est ouvert, nomme les votants (jamais leur choix) ; dans un scrutin secret, seulement une fois qu’au moins trois personnes ont voté.
cmd-poll-export-summary = Obtenir les résultats d’un scrutin dans un fichier CSV.
cmd-poll-export-help = Envoie les options et leur décompte dans un fichier CSV ; tant qu’un scrutin qui n’est pas secret est ouvert, la personne qui l’a créé et le secrétariat reçoivent aussi le vote de chacun.
cmd-poll-list-summary = Lister les scrutins de ce salon.
cmd-poll-list-help = Liste les scrutins ouverts de ce salon et de son organe ; `--all` liste aussi les scrutins clos.
cmd-proxy-give-summary = Donner procuration à un autre membre pour voter à votre place.
cmd-proxy-give-help = Donne votre procuration dans un organe à un autre de ses membres : ce mandataire vote à votre place dans les scrutins et élections de l’organe (`!poll vote #4 2 --for @you`), et vous ne pouvez pas voter en personne tant que la procuration est en vigueur. Une seule procuration à la fois ; une nouvelle remplace l’ancienne. `--until DATE` y met fin après ce jour-là. Un mandataire ne peut pas transmettre la procuration à quelqu’un d’autre.
cmd-proxy-revoke-summary = Révoquer votre procuration.
cmd-proxy-revoke-help = Révoque la procuration que vous avez donnée dans l’organe ; vous votez de nouveau en personne. Un vote déjà exprimé par votre mandataire reste valable jusqu’à ce que vous votiez vous-même.
cmd-proxy-list-summary = Voir les procurations que vous avez données et celles que vous détenez.
cmd-proxy-list-help = Liste la procuration que vous avez donnée et celles que vous détenez dans l’organe ; le secrétariat voit toutes les procurations de l’organe.
cmd-member-weight-summary = Voir ou fixer le poids de vote d’un membre.
cmd-member-weight-help = Affiche ou fixe le nombre de voix que représente le vote d’un membre dans les scrutins et élections de l’organe ouverts avec `--weighted` (1 par défaut ; de 0 à 1000). Réservé au secrétariat ; consigné dans le journal d’audit.
param-question = La question
param-options = Les options, chacune un mot ou un texte entre guillemets
param-choice = Votre choix : un numéro, des numéros, un classement, des notes, ou yes/no/abstain
param-member = Un membre : son numéro, comme #12, ou @nom
param-weight = Un poids de vote, de 0 à 1000
param-all = Les scrutins clos aussi
param-anonymous = Conserver l’identité des votants à part des bulletins (scrutin secret)
param-closes = Clôture : 48h, ou "2026-12-10 18:00"
param-for = Voter au nom de @membre dont vous détenez la procuration, ou all
param-majority = Majorité requise : simple, absolute (absolue) ou 2/3
param-max = Nombre maximal d’options qu’un votant peut choisir
param-min = Nombre minimal d’options qu’un votant peut choisir
param-multi = Permettre aux votants de choisir plusieurs options
param-proposal = Pour, contre ou abstention sur une proposition
param-quorum = Combien doivent voter : 50% ou un nombre
param-ranked = Les votants classent les options
param-score = Les votants notent chaque option, p. ex. 0-5
param-weighted = Compter le poids de vote des membres
poll-opened = Scrutin #{ $id } : **{ $question }** — { $kind } { $who } { $closes }
poll-kind-single = Choisissez une option.
poll-kind-multi = Choisissez de { $min } à { $max } options.
poll-kind-ranked = Classez les options, en commençant par votre préférée.
poll-kind-score = Notez chaque option de 0 à { $max }.
poll-kind-proposal = Pour, contre ou abstention ; une majorité `{ $majority }` est requise.
poll-who-body = { $count ->
    [one] { $count } membre en règle de `{ $body }` vote.
   *[other] Les { $count } membres en règle de `{ $body }` votent.
}
poll-who-room = Toute personne présente dans ce salon peut voter.
poll-closes-at = Clôture le { $at }.
poll-closes-never = Il reste ouvert jusqu’à ce qu’on le clôture.
poll-flag-anonymous = Scrutin secret : l’identité des votants est conservée à part des bulletins, un bulletin ne peut pas être modifié, les résultats sont publiés à la clôture, et la liste des votants ne s’affiche qu’une fois que leur nombre atteint { $floor }.
poll-flag-weighted = Vote pondéré : le vote de chaque membre compte selon son poids.
poll-flag-quorum = Quorum : `{ $quorum }` des personnes habilitées à voter.
poll-option = { $number }. { $label }
poll-label = { $text }
poll-yes = pour
poll-no = contre
poll-abstain = abstention
poll-how = Votez avec `!{ $example }` ; votez à nouveau pour modifier votre vote.
poll-how-anonymous = Votez avec `!{ $example }`, en privé si possible : une fois déposé, un bulletin secret ne peut plus être modifié.
poll-vote-recorded = Votre vote au scrutin #{ $id } est enregistré : { $choice }.
poll-vote-changed = Votre vote au scrutin #{ $id } est modifié : { $choice }.
poll-vote-for = { $count ->
    [one] Vote également exprimé au nom de { $names }, dont vous détenez la procuration.
   *[other] Vote également exprimé au nom de { $names } ({ $count }), dont vous détenez les procurations.
}
poll-vote-cast-for = { $count ->
    [one] Au scrutin #{ $id }, le vote de { $names }, dont vous détenez la procuration, est exprimé : { $choice }.
   *[other] Au scrutin #{ $id }, les votes de { $names }, dont vous détenez les procurations, sont exprimés : { $choice }.
}
poll-ballot-cast = { $count ->
    [one] Votre bulletin pour le scrutin n° { $id } est déposé. Il est conservé à part de votre nom et ne peut plus être modifié.
   *[other] { $count } bulletins pour le scrutin n° { $id } sont déposés. Ils sont conservés à part de tout nom et ne peuvent plus être modifiés.
}
poll-header = Scrutin #{ $id } : **{ $question }** — { $kind } { $state }
poll-state-open = Ouvert.
poll-state-open-until = Ouvert jusqu’au { $at }.
poll-state-closed = Clos.
poll-state-closed-at = Clos le { $at }.
poll-hidden-until-close = { $count ->
    [one] { $count } vote exprimé pour l’instant ; les résultats seront publiés à la clôture.
   *[other] { $count } votes exprimés pour l’instant ; les résultats seront publiés à la clôture.
}
poll-you-voted = Vous avez voté : { $choice }.
poll-you-voted-anonymous = Vous avez voté.
poll-result-line = { $label } : { $count } ({ $percent } %) { $bar }
poll-score-line = { $total ->
    [one] { $label } : { $total } point (moyenne { $average })
   *[other] { $label } : { $total } points (moyenne { $average })
}
poll-result-leader = Arrive en tête : **{ $label }**.
poll-result-tie = À égalité en tête : **{ $labels }**.
poll-result-no-votes = Aucun vote n’a été exprimé.
poll-result-winner = Vainqueur au vote alternatif : **{ $label }**.
poll-round = Tour { $round } : { $standing } ; { $out } (bulletins épuisés : { $exhausted })
poll-round-none-out = aucune option éliminée
poll-round-out = élimination : { $labels }
poll-round-out-lot = élimination par tirage au sort entre ex æquo : { $labels }
poll-proposal-passed = **Adoptée** : les voix pour ont obtenu la majorité `{ $majority }`.
poll-proposal-failed-majority = **Non adoptée** : les voix pour n’ont pas atteint la majorité `{ $majority }`.
poll-proposal-failed-quorum = **Non adoptée** : le quorum (`{ $quorum }`, soit { $needed }) n’a pas été atteint ; votants : { $counted }.
poll-turnout = { $count ->
    [one] { $count } vote exprimé.
   *[other] { $count } votes exprimés.
}
poll-turnout-of = Votants : { $count } sur { $seats } ({ $percent } %).
poll-turnout-weighted = { $turnout } Décompte pondéré.
poll-closed-title = Le scrutin #{ $id } est clos. Résultat :
poll-closed-by = Vous avez clos le scrutin #{ $id }. Le résultat, publié aussi dans son salon :
poll-extended = Le scrutin #{ $id } se clôt désormais le { $at }.
poll-reopened = Le scrutin #{ $id } est rouvert, jusqu’à ce qu’on le clôture.
poll-reopened-until = Le scrutin #{ $id } est rouvert jusqu’au { $at }.
poll-voters-title = Scrutin #{ $id } : { $turnout }
poll-voter-line = { $name }
poll-voters-withheld = La liste des votants s’affiche une fois que leur nombre atteint { $floor }.
poll-export-ready = Le scrutin #{ $id } en fichier CSV :
poll-list-title = { $count ->
    [one] { $count } scrutin :
   *[other] { $count } scrutins :
}
poll-list-line = #{ $id } **{ $question }** — { $state }
poll-list-none = Aucun scrutin n’est ouvert ici. `!poll "Question" "A" "B"` en ouvre un.
poll-list-none-all = Il n’y a encore aucun scrutin ici. `!poll "Question" "A" "B"` en ouvre un.
poll-reminder = Le scrutin #{ $id } se clôt le { $at } et vous n’avez pas encore voté : **{ $question }**
proxy-given = { $holder } détient désormais votre procuration dans `{ $body }` : ce mandataire vote à votre place, et vous ne pouvez pas voter en personne tant que vous ne l’avez pas révoquée (`!proxy revoke`).
proxy-given-until = { $holder } détient désormais votre procuration dans `{ $body }` jusqu’au { $until } : ce mandataire vote à votre place, et vous ne pouvez pas voter en personne jusqu’à cette date ou jusqu’à ce que vous la révoquiez (`!proxy revoke`).
proxy-revoked = Votre procuration dans `{ $body }` est révoquée : vous votez de nouveau en personne.
proxy-list-title = Procurations dans `{ $body }` :
proxy-list-none = Aucune procuration en vigueur ne vous concerne dans `{ $body }`.
proxy-line = { $giver } → { $holder } (`{ $body }`)
proxy-line-until = { $giver } → { $holder } (`{ $body }`), jusqu’au { $until }
member-weight-set = Le poids de vote de #{ $id } **{ $name }** est désormais de { $weight }.
member-weight-is = Le poids de vote de #{ $id } **{ $name }** est de { $weight }.
err-poll-closed = Le scrutin #{ $id } est clos.
err-poll-open = Le scrutin #{ $id } est déjà ouvert.
err-poll-option-count = Un scrutin doit avoir de 2 à { $max } options ; celui-ci en a { $count }.
err-poll-option-twice = L’option « { $option } » figure deux fois.
err-poll-proposal-options = Les options d’une proposition sont pour, contre et abstention : indiquez seulement la question.
err-poll-min-max = `--min { $min }` et `--max { $max }` ne conviennent pas pour { $count } options.
err-poll-majority-proposal = `--majority` est réservé aux propositions (`--proposal`).
err-poll-needs-body = `--quorum`, `--weighted` et la majorité absolue se calculent sur les membres d’un organe : ajoutez `--body SHORT`.
err-poll-remind-no-close = `--remind` nécessite `--closes` : le rappel est envoyé avant la clôture.
err-poll-remind-too-early = Le rappel tomberait dans le passé : choisissez un `--remind` plus court que le temps restant avant la clôture.
err-poll-choice = « { $value } » n’est pas une option : choisissez un numéro de 1 à { $count }.
err-poll-choice-twice = L’option { $choice } figure deux fois.
err-poll-choice-count = Choisissez de { $min } à { $max } options.
err-poll-single = Choisissez une seule option.
err-poll-score-count = Donnez une note de 0 à { $max } pour chacune des { $count } options, dans l’ordre.
err-poll-score = « { $value } » n’est pas une note de 0 à { $max }.
err-poll-proposal-choice = « { $value } » n’est pas une réponse possible à une proposition : votez `yes`, `no` ou `abstain`.
err-poll-anonymous-cast = Vous avez déjà voté au scrutin #{ $id } ; un bulletin secret ne peut pas être modifié.
err-poll-anonymous-cast-for = Un bulletin a déjà été déposé au nom de { $name } au scrutin #{ $id } ; un bulletin secret ne peut pas être modifié.
err-poll-not-eligible = Vous ne pouvez pas voter au scrutin #{ $id } : il est réservé aux membres en règle de son organe, tels qu’arrêtés à son ouverture.
err-poll-giver-not-eligible = { $name } ne peut pas voter à ce scrutin ; son mandataire ne le peut donc pas non plus.
err-poll-proxy-given = Vous avez donné votre procuration à { $holder } : ce mandataire vote à votre place. Révoquez-la d’abord (`!proxy revoke`) pour voter en personne.
err-poll-no-proxy = Vous ne détenez pas la procuration de { $name }.
err-poll-no-proxies = Vous ne détenez la procuration d’aucune personne habilitée à voter à ce scrutin.
err-poll-proxy-room = Les procurations valent dans les scrutins d’un organe (`--body`) ; ce scrutin est celui du salon.
err-poll-not-yours = Seuls la personne qui a créé le scrutin #{ $id }, le secrétariat de son organe ou un administrateur peuvent le faire.
err-poll-export-anonymous = Le scrutin secret #{ $id } pourra être exporté une fois clos.
err-proxy-self = Vous ne pouvez pas vous donner procuration à vous-même.
err-proxy-not-member = Seuls les membres en règle de `{ $body }` peuvent y donner procuration.
err-proxy-holder-not-member = { $name } n’est pas membre en règle de `{ $body }`.
err-proxy-chain = { $name } a donné sa propre procuration à quelqu’un d’autre : une procuration ne peut pas être transmise.
err-proxy-none = Vous n’avez aucune procuration en vigueur dans `{ $body }`.
err-proxy-until-past = Cette date est passée.
err-weight-no-record = { $name } n’a pas de fiche de membre dans cet organe.
## Sondages de date
category-scheduling = **Sondages de date**
cmd-when-create-summary = Trouver l’horaire qui convient le mieux : un sondage sur des créneaux (`!when`).
cmd-when-create-help = Propose 2 à 20 créneaux pour une réunion, chacun une date et une heure dans le fuseau indiqué (`--zone`), le tout entre guillemets et séparé par des virgules. Chacun voit chaque créneau dans son propre fuseau et répond oui, peut-être (si nécessaire) ou non pour chacun ; le résultat désigne le créneau qui convient le mieux (le plus de oui et de si nécessaire, puis le plus de oui, puis le plus tôt) et qui il laisse de côté. `--duration` est la durée de la réunion (1 heure sauf mention contraire). `--closes` clôt le sondage après un délai (`3d`) ou à une date et une heure dans le fuseau du sondage (`"2027-01-10 12:00"`), avant son premier créneau, et publie le résultat ici. Un membre de l’instance du salon (`member` ou plus) crée un sondage auquel répondent les membres en règle de l’instance ; le personnel d’une autre instance en crée un pour celle-ci avec `--body` ; dans un salon sans instance, chacun peut en créer un auquel répond tout le salon. Un créneau qui n’existe pas dans le fuseau (les horloges le sautent) ou déjà passé est refusé ; un créneau qui a lieu deux fois (on recule les horloges) est pris au premier des deux.
cmd-when-show-summary = Voir un sondage de date : ses créneaux dans votre fuseau, ses réponses ou son résultat.
cmd-when-show-help = Affiche chaque créneau dans votre fuseau horaire avec ses nombres de oui, de si nécessaire et de non. Tant que le sondage est ouvert, aussi qui a répondu quoi (les réponses ne sont pas secrètes) et qui n’a pas encore répondu ; une fois clos, le résultat : le créneau qui convient le mieux et qui il laisse de côté.
cmd-when-answer-summary = Répondre à un sondage de date : oui, peut-être ou non pour chaque créneau.
cmd-when-answer-help = Donne une réponse par créneau, dans l’ordre du sondage, séparées par des virgules : `yes` (oui), `maybe` (si nécessaire) ou `no` (non), ou leurs initiales `y`, `m`, `n`. Répondre de nouveau remplace vos réponses, jusqu’à la clôture. Au sondage d’une instance répondent ses membres en règle, comptés comme pour le quorum ; au sondage d’un salon sans instance, toute personne présente.
cmd-when-close-summary = Clore un sondage de date et publier son résultat.
cmd-when-close-help = Clôt le sondage avant son échéance et donne son résultat : le créneau qui convient le mieux, qui il laisse de côté et les nombres de chaque créneau. Pour la personne qui l’a créé, le personnel de son instance et les administrateurs. Son échéance ne fait alors plus rien.
cmd-when-list-summary = Lister les sondages de date ouverts ici.
cmd-when-list-help = Liste les sondages de date ouverts de l’instance du salon (de ce salon, s’il n’a pas d’instance), avec le nombre de réponses de chacun.
cmd-when-schedule-summary = Faire d’un créneau d’un sondage de date une réunion.
cmd-when-schedule-help = Programme une réunion de l’instance du sondage au créneau indiqué (son numéro dans le sondage), avec le titre, le fuseau et la durée du sondage et le rappel habituel une heure avant, exactement comme `!meeting schedule` ; le sondage est alors clos et marqué comme programmé. Pour la personne qui a créé le sondage, le personnel de son instance et les administrateurs.
param-slots = Les créneaux, entre guillemets : "2027-01-12 14:00, 2027-01-13 09:00"
param-slot = Le numéro du créneau dans le sondage, par exemple 2
when-created = Sondage de date #{ $id } : { $title } ({ $duration }). Lesquels de ces horaires vous conviennent ?
when-slot-line = { $number }. { $time }
when-ambiguous = Créneau { $number } : { $local } a lieu deux fois dans le fuseau { $zone } cette nuit-là (on recule les horloges) ; le sondage retient la première des deux.
when-how-body = Les membres de `{ $body }` répondent pour chaque créneau, dans l’ordre, par yes (oui), maybe (si nécessaire) ou no (non) : `!when answer #{ $id } { $example }`
when-how-room = Chacun ici peut répondre pour chaque créneau, dans l’ordre, par yes (oui), maybe (si nécessaire) ou no (non) : `!when answer #{ $id } { $example }`
when-closes = Le sondage se clôt le { $time } ; les réponses peuvent être modifiées jusque-là.
when-no-deadline = Les réponses peuvent être modifiées jusqu’à ce que le sondage soit clos avec `!when close #{ $id }`.
when-show-open = Sondage de date #{ $id } : { $title } ({ $duration }), ouvert.
when-show-open-until = Sondage de date #{ $id } : { $title } ({ $duration }), ouvert jusqu’au { $time }.
when-grid-line = { $number }. { $time } — { $yes } oui · { $maybe } si nécessaire · { $no } non
when-show-no-answers = Aucune réponse pour l’instant.
when-show-voters = { $count ->
    [one] Une personne a répondu :
   *[other] { $count } personnes ont répondu :
}
when-voter-line = { $name } : { $answers }
when-legend = ✅ oui · ❔ si nécessaire · ❌ non
when-show-silent = Pas encore répondu ({ $count }) : { $names }
when-show-closed = Sondage de date #{ $id } : { $title }, clos.
when-show-scheduled = Sondage de date #{ $id } : { $title }, programmé comme réunion #{ $meeting }.
when-closed = Le sondage de date #{ $id } « { $title } » est clos.
when-best = Convient le mieux : créneau { $number }, { $time } ({ $yes } oui, { $maybe } si nécessaire).
when-best-none = Aucun créneau n’a de oui ni de si nécessaire.
when-left-out = { $count ->
    [one] Il laisse de côté une personne :
   *[other] Il laisse de côté { $count } personnes :
}
when-left-no = { $name } (a répondu non)
when-left-silent = { $name } (n’a pas répondu)
when-left-none = Il ne laisse personne de côté.
when-grid-title = Tous les créneaux :
when-schedule-choice = Faire du créneau { $number } une réunion
when-answered = Vos réponses au sondage de date #{ $id } « { $title } » :
when-answered-again = Vos réponses au sondage de date #{ $id } « { $title } » sont modifiées :
when-answer-line = { $number }. { $time } : { $answer ->
    [yes] oui
    [maybe] si nécessaire
   *[no] non
}
when-list-none = Aucun sondage de date n’est ouvert ici. `!when "TITLE" --slots "DATE TIME, DATE TIME" --zone ZONE` en lance un.
when-list-title = { $count ->
    [one] Un sondage de date ouvert :
   *[other] { $count } sondages de date ouverts :
}
when-list-line = #{ $id } · { $title } · { $answered ->
    [one] une réponse
   *[other] { $answered } réponses
}
when-list-line-closes = #{ $id } · { $title } · { $answered ->
    [one] une réponse
   *[other] { $answered } réponses
} · clôture le { $time }
when-scheduled = Le sondage de date #{ $id } est clos : le créneau { $number } est devenu la réunion #{ $meeting }.
err-when-slot-count = Un sondage de date propose de { $min } à { $max } créneaux ; { $count } indiqué(s).
err-when-slot-twice = Le créneau { $slot } est indiqué deux fois.
err-when-closes-late = Le sondage se clôturerait le { $closes }, une fois son premier créneau commencé ({ $first }) : indiquez un `--closes` plus tôt.
err-when-not-voter = Au sondage de date #{ $id } répondent les membres en règle de `{ $body }`, et vous n’êtes pas compté parmi eux.
err-when-not-open = Le sondage de date #{ $id } est clos : il ne prend plus de réponses.
err-when-answer-count = Le sondage de date #{ $id } a { $slots } créneaux : donnez une réponse par créneau, dans l’ordre ({ $given } données).
err-when-not-yours = Seuls la personne qui a créé le sondage de date #{ $id }, le personnel de son instance ou un administrateur peuvent le faire.
err-when-already-closed = Le sondage de date #{ $id } est déjà clos.
err-when-scheduled = Le sondage de date #{ $id } est déjà programmé, comme réunion #{ $meeting }.
err-when-no-slot = Le sondage de date #{ $id } a les créneaux 1 à { $slots } : il n’y a pas de créneau { $number }.

## Minutes
category-minutes = **Procès-verbaux**
cmd-startmeeting-summary = Commencer le procès-verbal d’une réunion dans ce salon.
cmd-startmeeting-help = Ouvre le procès-verbal ici, avec vous à la présidence. Si une réunion de ce salon est en cours ou commence dans les 30 minutes, le procès-verbal lui appartient et son ordre du jour donne les sujets. Une réunion à la fois par salon ; elle se termine d’elle-même après deux heures sans ligne.
cmd-topic-summary = Passer à un nouveau sujet (présidence) ; `!topic next` prend le point suivant de l’ordre du jour.
cmd-topic-help = Inscrit un nouveau sujet au procès-verbal et l’annonce. `!topic next` aborde le point suivant de l’ordre du jour de la réunion.
cmd-info-summary = Noter une information au procès-verbal.
cmd-info-help = Ajoute une information au procès-verbal ; chacun peut le faire.
cmd-idea-summary = Noter une idée au procès-verbal.
cmd-idea-help = Ajoute une idée au procès-verbal ; chacun peut le faire.
cmd-agreed-summary = Consigner une décision (présidence ; aussi `!decision`).
cmd-agreed-help = Consigne ce que la réunion a décidé. Seule la présidence le peut.
cmd-rejected-summary = Consigner ce que la réunion a rejeté (présidence).
cmd-rejected-help = Consigne une proposition que la réunion a rejetée. Seule la présidence le peut.
cmd-action-summary = Consigner une action et qui en est chargé (présidence).
cmd-action-help = Consigne une action pour une ou plusieurs personnes, nommées d’abord ; une personne que Quorum ne connaît pas encore est gardée par son nom. `--due` donne l’échéance.
cmd-link-summary = Ajouter un lien au procès-verbal.
cmd-link-help = Ajoute un lien http ou https, avec une description facultative ; chacun peut le faire.
cmd-chair-summary = Confier la présidence à quelqu’un (présidence).
cmd-chair-help = La présidence consigne décisions, rejets, actions et sujets, annule son dernier point et clôt la réunion.
cmd-unchair-summary = Retirer la présidence à quelqu’un (présidence).
cmd-unchair-help = Retire la présidence à une personne ; la réunion en garde au moins une.
cmd-undo-summary = Retirer votre dernier point du procès-verbal (présidence).
cmd-undo-help = Retire le dernier point que vous avez consigné ; sa ligne reste dans le journal.
cmd-here-summary = Signaler votre présence.
cmd-here-help = Vous inscrit comme présent ; pour une réunion programmée, c’est aussi votre réponse à l’appel.
cmd-endmeeting-summary = Clore la réunion et publier son résumé (présidence).
cmd-endmeeting-help = Clôt le procès-verbal, publie les décisions, les actions par personne et les présents, et garde le procès-verbal complet dans les archives.
cmd-minutes-list-summary = Lister les procès-verbaux de ce salon et de son instance (`!minutes`).
cmd-minutes-list-help = Affiche les derniers procès-verbaux, du plus récent au plus ancien.
cmd-minutes-show-summary = Afficher le résumé d’un procès-verbal.
cmd-minutes-show-help = Affiche les décisions, actions et présents d’un procès-verbal clos, et s’il est approuvé.
cmd-minutes-get-summary = Obtenir le procès-verbal complet en fichier.
cmd-minutes-get-help = Donne le procès-verbal complet en Markdown (par défaut), HTML ou texte brut, chaque point relié à sa ligne du journal.
cmd-minutes-search-summary = Chercher dans les procès-verbaux.
cmd-minutes-search-help = Trouve les procès-verbaux dont le titre ou un point contient le texte.
cmd-minutes-edit-summary = Corriger un point du procès-verbal (présidence, avant approbation).
cmd-minutes-edit-help = Remplace le texte d’un point d’un procès-verbal clos et pas encore approuvé ; la modification est inscrite au journal d’audit.
cmd-minutes-approve-summary = Approuver un procès-verbal (présidence).
cmd-minutes-approve-help = Approuve un procès-verbal clos ; un procès-verbal approuvé ne peut plus être modifié.
param-url = L’adresse, commençant par https://
param-due = L’échéance, comme 2026-12-20
param-format = md, html ou txt
err-minutes-direct = Le procès-verbal se tient dans un salon de réunion, pas dans une conversation privée.
err-minutes-none = Aucune réunion n’est consignée dans ce salon. Commencez-en une avec `!startmeeting`.
err-minutes-not-chair = Seule la présidence de cette réunion peut le faire : la personne qui l’a ouverte, celles qu’elle a ajoutées, le personnel de l’instance de ce salon ou un administrateur.
err-minutes-running = La réunion #{ $id } « { $title } » est déjà consignée ici ; close-la d’abord avec `!endmeeting`.
err-minutes-no-agenda = Cette réunion n’a pas d’ordre du jour où prendre le sujet suivant ; nommez le sujet.
err-minutes-agenda-done = Tous les points de l’ordre du jour ont déjà été abordés.
err-minutes-chair-already = { $who } fait déjà partie de la présidence.
err-minutes-not-a-chair = { $who } ne fait pas partie de la présidence de cette réunion.
err-minutes-last-chair = La réunion doit garder au moins une personne à la présidence.
err-minutes-nothing-to-undo = Vous n’avez plus de point à annuler.
err-minutes-still-running = Le procès-verbal #{ $id } est encore en cours.
err-minutes-approved = Le procès-verbal #{ $id } est approuvé et ne peut plus changer.
err-minutes-no-item = Le procès-verbal #{ $id } n’a pas de point { $item }.
minutes-untitled = Réunion
minutes-started = 📝 Procès-verbal #{ $id } « { $title } » ouvert.
minutes-linked = Il appartient à la réunion #{ $meeting } du { $time }.
minutes-agenda = { $count ->
    [one] L’ordre du jour a un point ; `!topic next` l’aborde :
   *[other] L’ordre du jour a { $count } points ; `!topic next` les aborde un à un :
}
minutes-agenda-line = { $position }. { $text }
minutes-started-help = Présidence : `!topic`, `!agreed`, `!rejected`, `!action @personne …`, `!undo`, `!endmeeting`. Tout le monde : `!info`, `!idea`, `!link`, `!here`.
minutes-topic = 📌 Sujet : { $text }
minutes-kind-topic = Sujet
minutes-kind-info = Information
minutes-kind-idea = Idée
minutes-kind-agreed = Décidé
minutes-kind-rejected = Rejeté
minutes-kind-action = Action
minutes-kind-link = Lien
minutes-noted = ✓ { $kind } noté(e) comme point { $item }.
minutes-chair-added = { $who } fait désormais partie de la présidence de cette réunion.
minutes-chair-removed = { $name } ne fait plus partie de la présidence de cette réunion.
minutes-undone = ↩ Point { $item } ({ $kind }) retiré.
minutes-here = ✓ Votre présence est notée.
minutes-here-already = Votre présence est déjà notée.
minutes-ended = 📝 Procès-verbal #{ $id } « { $title } » clos ({ $lines ->
    [one] une ligne
   *[other] { $lines } lignes
} au journal).
minutes-summary-decisions = { $count ->
    [0] **Décisions** : aucune.
   *[other] **Décisions** ({ $count }) :
}
minutes-summary-item = { $text }
minutes-summary-rejected = **Rejeté** ({ $count }) :
minutes-summary-actions = { $count ->
    [0] **Actions** : aucune.
   *[other] **Actions** ({ $count }) :
}
minutes-summary-action = { $owner } : { $text }
minutes-summary-action-due = { $owner } : { $text } (échéance { $due })
minutes-summary-attendees = { $count ->
    [0] **Présents** : personne n’a dit `!here`.
   *[other] **Présents** ({ $count }) : { $names }
}
minutes-summary-next = Prochaine réunion : #{ $meeting }, { $time }.
minutes-summary-get = Le procès-verbal complet : `!minutes get #{ $id }` (md, html ou txt).
minutes-ended-idle = La réunion s’est close d’elle-même après { $hours ->
    [one] une heure
   *[other] { $hours } heures
} sans ligne.
minutes-list-title = { $count ->
    [one] Un procès-verbal :
   *[other] { $count } procès-verbaux :
}
minutes-list-empty = Pas encore de procès-verbal ici.
minutes-list-line = #{ $id } « { $title } », { $time } (projet)
minutes-list-line-approved = #{ $id } « { $title } », { $time } (approuvé)
minutes-search-title = { $count ->
    [one] Un procès-verbal mentionne « { $text } » :
   *[other] { $count } procès-verbaux mentionnent « { $text } » :
}
minutes-search-none = Aucun procès-verbal ne mentionne « { $text } ».
minutes-status-approved = Approuvé le { $time }.
minutes-status-draft = Pas encore approuvé.
minutes-file = Le procès-verbal #{ $id } « { $title } ».
minutes-edited = Le point { $item } du procès-verbal #{ $id } se lit désormais : { $text }
minutes-approved = ✅ Le procès-verbal #{ $id } « { $title } » est approuvé.
minutes-doc-started = Ouverture
minutes-doc-ended = Clôture
minutes-doc-chairs = Présidence
minutes-doc-approved = Approuvé
minutes-doc-draft = pas encore
minutes-doc-attendees = Présents
minutes-doc-items = Points
minutes-doc-decisions = Décisions
minutes-doc-actions = Actions
minutes-doc-due = échéance
minutes-doc-log = Journal complet

## Bulletins étape par étape
param-picks = Les choix faits jusque-là : des options dans l’ordre comme 3,1, ou des notes comme 4,-,0
param-cancel = Mettre le bulletin de côté sans voter
poll-ballot-rank-placeholder = Choix n° { $place }
poll-ballot-ranked-so-far = Votre classement jusqu’ici : { $choice }
poll-ballot-ranked-ready = Votre classement : { $choice }. Votez-le, ou recommencez.
poll-ballot-score-step = Donnez à chaque option une note de 0 à { $max } (options { $from } à { $to } sur { $count }).
poll-ballot-score-line = { $option } : { $score }
poll-ballot-score-missing = { $count ->
    [one] Une option attend encore sa note.
   *[other] { $count } options attendent encore leur note.
}
poll-ballot-confirm = Voter ainsi
poll-ballot-restart = Recommencer
poll-ballot-cancel = Annuler
poll-ballot-next = Options suivantes
poll-ballot-back = Options précédentes
poll-ballot-cancelled = Rien n’a été voté : votre bulletin du scrutin n° { $id } est mis de côté.
err-poll-ballot-page = { $count ->
    [one] Le bulletin du scrutin n° { $id } n’a qu’une page.
   *[other] Le bulletin du scrutin n° { $id } a { $count } pages : donnez une page de 1 à { $count }.
}
err-poll-ballot-steps = Le scrutin n° { $id } se vote en une fois, avec `!poll vote #{ $id } …` : son bulletin ne prend pas de choix.
## Action items
cmd-actions-list-summary = Lister les actions ouvertes (de cette instance, ou d’une personne).
cmd-actions-list-help = Liste les actions ouvertes de l’instance de ce salon (ou de celle nommée avec `--body`), la plus proche échéance d’abord, chacune avec son numéro, ses responsables, son échéance dans votre fuseau horaire et le procès-verbal d’où elle vient. Nommez une personne pour ne voir que les siennes ; `--overdue` ne garde que celles dont l’échéance est passée. En conversation privée, liste les vôtres.
cmd-actions-show-summary = Afficher une action et ses commentaires.
cmd-actions-show-help = Affiche une action : ses responsables, son échéance, le procès-verbal d’où elle vient, si elle est faite, et tous ses commentaires.
cmd-actions-done-summary = Marquer une action comme faite.
cmd-actions-done-help = Clôt une action : elle quitte les listes et les prochains ordres du jour, et ses rappels s’arrêtent. Ses responsables, les présidents de sa réunion et le secrétariat de son instance le peuvent ; le changement est inscrit au journal d’audit.
cmd-actions-reassign-summary = Confier une action à quelqu’un d’autre.
cmd-actions-reassign-help = Fait d’une personne la seule responsable d’une action. Une personne que Quorum ne connaît pas encore est gardée par son nom et ne reçoit pas de rappel. Ses responsables, les présidents de sa réunion et le secrétariat de son instance le peuvent ; le changement est audité.
cmd-actions-due-summary = Fixer ou retirer l’échéance d’une action.
cmd-actions-due-help = Fixe la date d’échéance d’une action (la fin de ce jour dans votre fuseau horaire), ou `none` pour la retirer. Ses responsables reçoivent un rappel privé la veille et quand elle est passée. Ses responsables, les présidents de sa réunion et le secrétariat de son instance le peuvent ; le changement est audité.
cmd-actions-comment-summary = Commenter une action.
cmd-actions-comment-help = Ajoute un commentaire à une action, affiché par `!action show`. Ses responsables, les présidents de sa réunion et le secrétariat de son instance le peuvent ; le changement est audité.
param-overdue = Seulement les actions dont l’échéance est passée
actions-title = { $count ->
    [one] Une action ouverte :
   *[other] { $count } actions ouvertes :
}
actions-title-overdue = { $count ->
    [one] Une action en retard :
   *[other] { $count } actions en retard :
}
actions-none = Aucune action ouverte.
actions-none-overdue = Aucune action ouverte n’est en retard.
actions-hint = Détails et commentaires : `!action show ID` ; une fois faite : `!action done ID`.
action-line = #{ $id } { $text } — { $owners } · { $due } · procès-verbal #{ $minutes }
action-due-on = échéance { $time }
action-due-overdue = ⚠ en retard depuis { $time }
action-due-none = sans échéance
action-unreminded = Gardés par leur nom seulement, donc sans rappel tant qu’ils n’ont pas rejoint Quorum : { $names }.
action-show-title = Action #{ $id } : { $text }
action-show-owners = Responsables : { $owners } · { $due }
action-show-source = Du procès-verbal #{ $minutes } « { $title } », point { $item }.
action-show-open = Ouverte. Une fois faite : `!action done #{ $id }`.
action-show-done = ✅ Faite { $time } par { $name }.
action-show-comments = { $count ->
    [0] Pas encore de commentaire.
    [one] Un commentaire :
   *[other] { $count } commentaires :
}
action-comment-line = { $time } — { $name } : { $text }
action-done = ✅ L’action #{ $id } est faite : { $text }
action-reassigned = L’action #{ $id } est désormais confiée à { $name }.
action-due-set = L’action #{ $id } a désormais pour échéance { $time }.
action-due-cleared = L’action #{ $id } n’a plus d’échéance.
action-commented = 💬 Commentaire ajouté à l’action #{ $id }.
action-reminder-soon = ⏰ L’action #{ $id } arrive à échéance { $time } : { $text } (procès-verbal #{ $minutes } « { $title } »). Une fois faite : `!action done #{ $id }`.
action-reminder-overdue = ⚠ L’action #{ $id } arrivait à échéance { $time } et reste ouverte : { $text } (procès-verbal #{ $minutes } « { $title } »). Une fois faite : `!action done #{ $id }` ; pour une nouvelle date : `!action due #{ $id } DATE`.
err-action-not-yours = Seuls un responsable de l’action #{ $id }, un président de sa réunion, le secrétariat de son instance ou un administrateur peuvent la modifier.
err-action-not-found = Il n’y a pas d’action #{ $id } ici ; `!actions` les liste.
err-action-done-already = L’action #{ $id } est déjà faite.
err-action-owner-already = L’action #{ $id } est déjà confiée à { $name } seul.
err-action-due-past = { $date } est passé : l’échéance doit être aujourd’hui ou plus tard.
agenda-open-actions = { $count ->
    [one] Une action ouverte reportée des réunions précédentes :
   *[other] { $count } actions ouvertes reportées des réunions précédentes :
}
minutes-summary-open-actions = **Actions ouvertes** des réunions précédentes ({ $count }) :
minutes-doc-open-actions = Actions ouvertes des réunions précédentes
minutes-doc-from = procès-verbal
minutes-action-numbered = ✓ Action #{ $action } notée au point { $item }, pour { $owners }.
## Motions, speaking time, posting minutes and approval by poll
cmd-motion-open-summary = Soumettre une motion au vote de la réunion (`!motion TEXTE`).
cmd-motion-open-help = Inscrit une motion au procès-verbal et ouvre son vote (oui, non ou abstention) parmi les présents. Une motion à la fois ; une présidence la clôt.
cmd-motion-vote-summary = Voter sur la motion ouverte : oui, non ou abstention.
cmd-motion-vote-help = Enregistre votre vote nominatif sur la motion ouverte ; seuls les présents (`!here`) votent. Vous pouvez changer votre vote jusqu'à la clôture.
cmd-motion-count-summary = Enregistrer un vote à main levée sur la motion ouverte (présidence).
cmd-motion-count-help = Enregistre les mains levées pour, contre et en abstention ; la clôture les compte à la place des votes nominatifs.
cmd-motion-close-summary = Clore le vote sur la motion ouverte et en consigner le résultat (présidence).
cmd-motion-close-help = Compte les mains levées, sinon les votes nominatifs, selon la majorité requise : simple (plus de oui que de non, par défaut), absolue (oui de plus de la moitié des présents) ou 2/3 (deux tiers des oui et des non).
cmd-minutes-post-summary = Publier un procès-verbal approuvé dans chaque salon de l'instance (présidence).
cmd-minutes-post-help = Joint les liens de l'ordre du jour, de la transcription et de l'enregistrement donnés, et publie une seule fois le procès-verbal approuvé, en résumé et en fichier, dans chaque salon de l'instance.
param-ayes = Nombre de mains pour
param-noes = Nombre de mains contre
param-abstentions = Nombre d'abstentions
param-agenda = L'adresse de l'ordre du jour, commençant par https://
param-transcript = L'adresse de la transcription, commençant par https://
param-recording = L'adresse de l'enregistrement, commençant par https://
param-poll = Approuver par un scrutin de proposition de l'instance
err-motion-open = Une motion est déjà ouverte au vote (point { $item } : { $text }) ; closez-la d'abord avec `!motion close`.
err-motion-none = Aucune motion n'est ouverte au vote dans cette réunion. Proposez-en une avec `!motion TEXTE`.
err-motion-counted = Un vote à main levée a été enregistré pour la motion (point { $item }) ; les votes nominatifs ne comptent plus.
err-motion-not-present = Seuls les présents votent sur une motion : dites d'abord `!here`.
err-motion-no-hands = Un vote à main levée demande au moins une main : indiquez les mains pour, contre et en abstention, par exemple `!motion count 12 3 1`.
err-motion-no-votes = Personne n'a encore voté sur la motion (point { $item }) : les présents votent avec `!motion vote yes|no|abstain`, ou une présidence enregistre un vote à main levée avec `!motion count`.
motion-opened = 🗳 { $name } propose (point { $item }) : { $text }
motion-how = Les présents votent avec `!motion vote yes|no|abstain` ; une présidence peut enregistrer un vote à main levée avec `!motion count POUR CONTRE ABSTENTIONS` et clôt le vote avec `!motion close [--majority simple|absolute|2/3]`.
motion-voted = ✓ Votre vote sur la motion (point { $item }) : { $choice }.
motion-choice-yes = oui
motion-choice-no = non
motion-choice-abstain = abstention
motion-counted = ✋ Vote à main levée sur la motion (point { $item }) : oui { $yes }, non { $no }, abstention { $abstain }.
motion-carried = ✅ Motion adoptée (point { $item }) : { $text } — oui { $yes }, non { $no }, abstention { $abstain } ({ $majority }, { $how }).
motion-failed = ❌ Motion rejetée (point { $item }) : { $text } — oui { $yes }, non { $no }, abstention { $abstain } ({ $majority }, { $how }).
motion-majority-simple = majorité simple
motion-majority-absolute = majorité absolue
motion-majority-two-thirds = majorité des deux tiers
motion-by-hands = à main levée
motion-by-name = par appel nominal
minutes-kind-motion = Motion
minutes-summary-motions = **Motions** ({ $count }) :
minutes-summary-motion-open = Motion non mise aux voix (point { $item }) : { $text }
minutes-summary-speakers = **Temps de parole** ({ $count }) :
minutes-summary-speaker = { $name } : { $time } ({ $turns ->
    [one] une intervention
   *[other] { $turns } interventions
})
minutes-doc-motions = Motions
minutes-doc-motion-carried = Adoptée
minutes-doc-motion-failed = Rejetée
minutes-doc-motion-open = Non mise aux voix
minutes-doc-motion-result = { $outcome } : oui { $yes }, non { $no }, abstention { $abstain } ({ $majority }, { $how } ; { $present } présents)
minutes-doc-moved-by = proposée par { $name }
minutes-doc-speakers = Intervenants
minutes-doc-speaking-time = Temps de parole
minutes-doc-agenda = Ordre du jour
minutes-doc-transcript = Transcription
minutes-doc-recording = Enregistrement
err-minutes-post-unapproved = Le procès-verbal #{ $id } n'est pas encore approuvé et ne peut donc pas être publié. Approuvez-le d'abord avec `!minutes approve #{ $id }` (ou par un scrutin de l'instance avec `--poll`).
err-minutes-posted = Le procès-verbal #{ $id } a déjà été publié.
minutes-post-title = 📝 Procès-verbal approuvé #{ $id } « { $title } »
minutes-post-agenda = Ordre du jour : { $url }
minutes-post-transcript = Transcription : { $url }
minutes-post-recording = Enregistrement : { $url }
minutes-posted = 📤 Procès-verbal #{ $id } publié dans { $rooms ->
    [one] un salon
   *[other] { $rooms } salons
}.
err-minutes-poll-no-body = Seul le procès-verbal d'un salon d'instance peut être approuvé par un scrutin ; une présidence peut approuver celui-ci avec `!minutes approve ID`.
err-minutes-poll-open = Le scrutin #{ $poll } sur l'approbation du procès-verbal #{ $id } est encore ouvert.
minutes-approval-question = Approuver le procès-verbal #{ $id } « { $title } » ?
minutes-approval-poll = 🗳 Scrutin #{ $poll } ouvert : s'il est adopté, le procès-verbal #{ $id } est approuvé.
minutes-approved-by-poll = ✅ Le procès-verbal #{ $id } « { $title } » est approuvé par le scrutin #{ $poll }.

## Elections

category-elections = **Élections**
cmd-election-create-summary = Ouvrir une élection en phase de candidatures (personnel de l’organe).
cmd-election-create-help = Ouvre une élection dans un organe : le titre, `--seats N`, `--method plurality|approval|irv|stv|schulze` (le STV tel que le compte le Scottish Local Government Elections Order 2007 ; le vote alternatif pourvoit un seul siège), et `--roll SHORT` (les membres en règle de l’organe) ou `--roll SHORT-exec` (son comité seulement). Les candidatures viennent d’abord : `--nominations 7d` ouvre le vote de lui-même après ce délai, sinon le personnel l’ouvre avec `!election open ID`. `--voting 7d` fixe la durée du vote. `--quorum 50%` (ou un nombre de bulletins) est requis pour que le résultat soit valable ; `--weighted` compte le poids de vote des membres ; `--seconded` exige un soutien pour chaque candidature proposée. Chaque étape est consignée dans le journal d’audit de l’organe.
cmd-election-list-summary = Lister les élections de vos organes.
cmd-election-list-help = Liste les élections non closes de l’organe de ce salon et des organes dont vous êtes membre ; `--all` liste aussi les élections closes.
cmd-election-show-summary = Afficher une élection : sa phase, ses candidats et ses échéances.
cmd-election-show-help = Affiche une élection : son mode de scrutin et ses sièges, où elle en est, les personnes proposées (ou les candidats, numérotés comme sur le bulletin) et la marche à suivre.
cmd-election-open-summary = Clore les candidatures et ouvrir le vote maintenant (personnel).
cmd-election-open-help = Clôt les candidatures et ouvre aussitôt le vote, pour la durée fixée par `--voting`. Les candidats qui ont accepté (et ont été soutenus, si c’est exigé) sont numérotés dans l’ordre où ils ont été proposés, et la liste électorale est arrêtée : les membres en règle de l’organe à cet instant. S’il n’y a pas plus de candidats que de sièges, ils sont élus sans opposition et il n’y a pas de vote.
cmd-election-close-summary = Clore le vote maintenant et dépouiller (personnel).
cmd-election-close-help = Clôt le vote avant l’échéance et dépouille les bulletins. Le résultat, chaque tour du décompte et le tableau d’affichage (les bulletins en fichier BLT et la liste des empreintes des reçus) sont publiés dans les salons de l’organe.
cmd-election-results-summary = Afficher le décompte d’une élection close, tour par tour.
cmd-election-results-help = Affiche le résultat d’une élection close : la participation, les élus, chaque tour du décompte (quotient, voix, transferts, exclusions, voix non transférables ; pour Schulze, la matrice des duels et les chemins les plus forts) et les fichiers du tableau d’affichage, pour que chacun puisse refaire le décompte avec `quorum tally`.
cmd-election-roll-summary = Afficher le nombre d’inscrits sur la liste électorale (personnel : les noms).
cmd-election-roll-help = Affiche la taille de la liste électorale arrêtée à l’ouverture du vote. Le personnel de l’organe voit aussi les noms et qui a voté — jamais comment.
cmd-election-turnout-summary = Afficher le nombre de votants jusqu’ici, et le quorum.
cmd-election-turnout-help = Affiche combien d’inscrits ont voté, et si le quorum est atteint.
cmd-election-ballot-summary = Remplir votre bulletin pas à pas, en privé.
cmd-election-ballot-help = Ouvre votre bulletin en privé : sur Discord, un menu pour votre premier choix, puis le suivant parmi les autres, et ainsi de suite, le vote n’étant déposé que lorsque vous confirmez ; ailleurs, les candidats et la façon de voter avec `!ballot`. PICKS contient les choix déjà faits (`3,1`).
cmd-nominate-summary = Proposer un membre (vous-même aussi) dans une élection en phase de candidatures.
cmd-nominate-help = Propose la candidature d’un membre en règle de l’organe. Se proposer soi-même vaut acceptation ; toute autre personne accepte avec `!accept ID`. ID peut être omis quand l’organe du salon a une seule élection en phase de candidatures.
cmd-second-summary = Soutenir une candidature, si l’élection l’exige.
cmd-second-help = Soutient la candidature de quelqu’un dans une élection ouverte avec `--seconded`. Ni la personne proposée ni celle qui l’a proposée ne peuvent la soutenir.
cmd-accept-summary = Accepter votre candidature.
cmd-accept-help = Accepte la candidature proposée pour vous : vous êtes candidat à la clôture des candidatures (et une fois soutenu, si c’est exigé).
cmd-withdraw-summary = Retirer votre candidature (personnel : celle de n’importe qui).
cmd-withdraw-help = Retire votre propre candidature ou, pour le personnel, celle de quelqu’un d’autre, tant que les candidatures sont ouvertes.
cmd-ballot-summary = Déposer votre bulletin secret dans une élection, dans une conversation privée.
cmd-ballot-help = Dépose votre bulletin : les numéros des candidats, du préféré au moins préféré (`3 1 2`), un seul numéro au scrutin majoritaire, les numéros que vous approuvez au vote par approbation. Uniquement dans une conversation privée avec Quorum (un salon direct chiffré sur Matrix, la commande slash sur Discord) : tapé dans un salon partagé, il est refusé et supprimé. Vous recevez un code de reçu, affiché une seule fois : conservez-le. Avec `--receipt CODE`, vous remplacez le bulletin déposé avec ce reçu, jusqu’à la clôture. Si vous détenez la procuration de quelqu’un, `--for @member` dépose son bulletin et `--for all` un bulletin pour chacun, chacun avec son propre reçu.
cmd-verify-summary = Vérifier le bulletin pour lequel un code de reçu a été remis.
cmd-verify-help = Affiche le bulletin enregistré sous votre code de reçu, tel qu’il sera (ou a été) compté. En privé uniquement. Après la clôture, son empreinte figure sur le tableau d’affichage avec le bulletin.
election-method-plurality = scrutin majoritaire à un tour
election-method-approval = vote par approbation
election-method-irv = vote alternatif
election-method-stv = vote unique transférable (Écosse 2007)
election-method-schulze = méthode Schulze
election-phase-nominations = Les candidatures sont ouvertes jusqu’à ce que le personnel ouvre le vote.
election-phase-nominations-until = Les candidatures sont ouvertes jusqu’au { $at }.
election-phase-voting-until = Le vote est ouvert jusqu’au { $at }.
election-phase-closed = Close.
election-phase-closed-at = Close le { $at }.
election-header = Élection #{ $id } : **{ $title }** (`{ $body }`) — { $seats ->
    [one] { $seats } siège
   *[other] { $seats } sièges
}, { $method }. { $phase }
election-candidate-standing = en lice
election-candidate-not-accepted = n’a pas encore accepté
election-candidate-not-seconded = candidature pas encore soutenue
election-candidate-withdrawn = candidature retirée
election-candidate-line = { $name } — { $state }
election-candidate-numbered = { $number }. { $name }
election-quota = Quotient : `{ $quota }`
election-round-first = **Tour { $round }** : premières préférences.
election-round-approvals = **Tour { $round }** : approbations.
election-round-surplus = **Tour { $round }** : l’excédent de { $name } (`{ $votes }`) est transféré.
election-round-exclusion = **Tour { $round }** : exclusion de { $names }, avec le moins de voix ; les bulletins concernés sont reportés sur les préférences suivantes.
election-round-winner = **Tour { $round }** : { $name } l’emporte parmi ceux qui ne sont pas encore élus.
election-round-exhausted = Non transférables jusqu’ici : `{ $votes }`
election-round-elected = Personnes élues : { $names }
election-tie = Égalité entre { $between } : { $chosen }, { $how }
election-tie-earlier = d’après les voix au tour { $round }.
election-tie-lot = par tirage au sort (tirage { $draw } à partir de la graine `{ $seed }`).
election-pairwise = Préférences par paires (ligne contre colonne) :
election-strongest-paths = Chemins les plus forts :
election-created = 🗳 L’élection #{ $id } « { $title } » est ouverte aux candidatures.
election-how-to-nominate = Proposez une candidature avec `!nominate #{ $id } @member` (la vôtre aussi) ; les personnes proposées acceptent avec `!accept #{ $id }`.
election-list-none = Aucune élection n’est en cours dans vos organes.
election-list-none-all = Vos organes n’ont aucune élection.
election-list-title = { $count ->
    [one] { $count } élection :
   *[other] { $count } élections :
}
election-no-nominees = Personne n’est encore proposé.
election-how-to-vote = Votez en privé : envoyez-moi `!ballot #{ $id } …` dans une conversation directe (sur Discord, `/ballot` ou `/election ballot`). Votre bulletin est secret et vous recevez un reçu pour le vérifier ou le remplacer.
election-you-voted = Vous avez voté à l’élection #{ $id }.
election-outcome-no-candidates = L’élection #{ $id } est close sans vote : personne ne s’est présenté.
election-outcome-not-quorate = L’élection #{ $id } n’a pas atteint son quorum : personne n’est élu. Les bulletins sont tout de même publiés.
election-outcome-unopposed = L’élection #{ $id } est close sans vote : élection sans opposition de { $names }.
election-outcome-counted = L’élection #{ $id } est close et dépouillée : `!election results #{ $id }`.
election-closed-title = 🗳 Élection #{ $id } « { $title } » — résultat
election-voting-open = 🗳 Le vote est ouvert dans l’élection #{ $id } « { $title } », jusqu’au { $at }.
election-roll-size = { $count ->
    [one] { $count } membre est inscrit sur la liste électorale.
   *[other] { $count } membres sont inscrits sur la liste électorale.
}
election-ballot-open = Voter en privé
election-bulletin = Tableau d’affichage de l’élection #{ $id } : chaque bulletin sous l’empreinte de son reçu, et les bulletins au format BLT. Refaites le décompte avec `quorum tally election-{ $id }-ballots.blt --method …` ; tout tirage au sort a été fait à partir de la graine `{ $seed }`.
election-turnout = { $roll ->
    [one] { $voted } inscrit sur { $roll } a voté.
   *[other] { $voted } inscrits sur { $roll } ont voté.
}
election-turnout-weight = Poids : { $voted } sur { $roll }.
election-elected = { $count ->
    [0] Aucune personne élue.
    [one] Personne élue : **{ $names }**
   *[other] Personnes élues, dans l’ordre : **{ $names }**
}
election-method-line = Décompte selon : { $method }, pour { $seats ->
    [one] { $seats } siège.
   *[other] { $seats } sièges.
}
election-roll-title = { $count ->
    [one] La liste électorale de l’élection #{ $id } compte { $count } membre.
   *[other] La liste électorale de l’élection #{ $id } compte { $count } membres.
}
election-roll-weight = Leur poids total : { $weight }.
election-roll-line = { $name }
election-roll-line-voted = { $name } ✔ a voté
election-quorum-met = Le quorum ({ $needed }) est atteint.
election-quorum-short = Le quorum est de { $needed } : il en manque { $missing }.
election-nominated = La candidature de { $name } est proposée dans l’élection #{ $id } « { $title } ».
election-nominee-accepts = { $name } se présente dès son acceptation avec `!accept #{ $id }`.
election-needs-seconder = La candidature doit être soutenue : `!second #{ $id } @member`.
election-seconded = La candidature de { $name } dans l’élection #{ $id } est soutenue.
election-accepted = { $name } accepte sa candidature dans l’élection #{ $id } « { $title } ».
election-withdrawn = La candidature de { $name } est retirée de l’élection #{ $id }.
election-ballot-cast = { $count ->
    [one] Votre bulletin dans l’élection #{ $id } est déposé : { $ballot }
   *[other] { $count } bulletins dans l’élection #{ $id } sont déposés : { $ballot }
}
election-receipt = Votre reçu : `{ $code }`
election-receipt-for = Reçu pour { $name } : `{ $code }`
election-receipt-keep = Conservez ce reçu : il n’est affiché que cette fois et n’est enregistré nulle part. `!verify CODE` affiche le bulletin tel qu’il sera compté ; `!ballot #{ $id } … --receipt CODE` le remplace jusqu’au { $at }. Personne, pas même le personnel, ne peut savoir quel bulletin est le vôtre.
election-ballot-replaced = Votre bulletin dans l’élection #{ $id } est remplacé : { $ballot }
election-ballot-until = Il peut être remplacé avec son reçu jusqu’au { $at }.
election-ballot-header = Élection #{ $id } : **{ $title }** — { $method }
election-ballot-hint-one = Votez pour un candidat : `!ballot #{ $id } N`, ici, en privé.
election-ballot-hint-approval = Votez pour chaque candidat que vous approuvez : `!ballot #{ $id } 1 3`, ici, en privé.
election-ballot-hint-ranked = Classez les candidats de votre choix, du préféré au moins préféré : `!ballot #{ $id } 3 1 2`, ici, en privé.
election-verified = Reçu trouvé, élection #{ $id } « { $title } » : { $ballot }
election-verified-weight = Poids : { $weight }.
election-verified-closed = Il a été compté tel qu’affiché ; sur le tableau d’affichage de l’élection #{ $id }, son empreinte commence par `{ $hash }`.
election-reminder = L’élection #{ $id } « { $title } » se clôt le { $at } et vous n’avez pas encore voté.
err-election-irv-seats = Le vote alternatif pourvoit un seul siège, pas { $seats } : utilisez `--method stv` pour plusieurs.
err-election-not-nominating = L’élection #{ $id } n’est pas en phase de candidatures.
err-election-not-voting = L’élection #{ $id } n’est pas ouverte au vote.
err-election-results-at-close = L’élection #{ $id } n’est pas encore close : ses résultats viendront à la clôture.
err-election-no-roll-yet = L’élection #{ $id } n’a pas encore de liste électorale : elle est arrêtée à l’ouverture du vote.
err-election-which = Précisez l’élection : `#ID` (`!election list`).
err-election-none-nominating = Aucune élection de `{ $body }` n’est en phase de candidatures.
err-election-several = Plusieurs élections sont en phase de candidatures ({ $ids }) : précisez laquelle.
err-election-not-member = Seuls les membres en règle de `{ $body }` peuvent faire cela.
err-election-nominee-not-member = { $name } n’est pas membre en règle de `{ $body }`.
err-election-too-many = Une élection compte au plus { $max } personnes proposées.
err-election-nominated-already = La candidature de { $name } est déjà proposée dans l’élection #{ $id }.
err-election-not-nominee = { $name } n’a pas de candidature proposée dans l’élection #{ $id }.
err-election-no-seconding = L’élection #{ $id } n’exige pas de soutien aux candidatures.
err-election-seconded-already = La candidature de { $name } est déjà soutenue.
err-election-second-self = Une candidature est soutenue par une autre personne que la personne proposée et celle qui l’a proposée.
err-election-not-nominated-you = Aucune candidature n’est proposée pour vous dans l’élection #{ $id }.
err-election-accepted-already = Vous avez déjà accepté dans l’élection #{ $id }.
err-election-empty-ballot = Un bulletin désigne au moins un candidat.
err-election-one-choice = Cette élection n’accepte qu’un choix par bulletin.
err-election-voted = Vous avez déjà voté à l’élection #{ $id }. Pour changer votre bulletin, utilisez son reçu : `!ballot #{ $id } … --receipt CODE`.
err-election-voted-for = Le bulletin de { $name } est déjà déposé.
err-election-not-on-roll = Vous ne figurez pas sur la liste électorale de l’élection #{ $id } : elle a été arrêtée à partir des membres en règle de l’organe à l’ouverture du vote.
err-election-giver-not-on-roll = { $name } ne figure pas sur la liste électorale ; son mandataire ne peut donc pas voter à sa place.
err-election-no-proxies = Vous ne détenez la procuration d’aucune personne dont le bulletin reste à déposer dans l’élection #{ $id }.
err-election-ballot-public = Le vote est secret : pas ici. Envoyez-moi `!ballot #{ $id } …` dans une conversation directe (sur Discord, utilisez `/ballot`). Votre message ici est supprimé là où je peux le supprimer.
err-election-receipt-public = Un code de reçu est secret : envoyez-moi `!verify CODE` dans une conversation directe (sur Discord, utilisez `/verify`). Votre message ici est supprimé là où je peux le supprimer.
err-election-receipt-unknown = Ce reçu ne correspond à aucun bulletin de l’élection #{ $id }.
err-election-receipt-bad = Ce n’est pas un code de reçu : il compte 32 lettres et chiffres, par groupes de quatre.
err-election-receipt-not-found = Aucun bulletin ne correspond à ce reçu.
election-ballot-cancelled = Rien n’a été déposé : votre bulletin de l’élection #{ $id } est mis de côté.
param-seats = Nombre de sièges à pourvoir (1–50)
param-method = Mode de dépouillement : plurality, approval, irv, stv ou schulze
param-roll = Qui vote : les membres de l’organe (SHORT) ou son exécutif (SHORT-exec)
param-nominations = Durée des candidatures avant l’ouverture automatique du vote, par ex. 7d
param-election-create-voting = Durée du vote une fois ouvert, par ex. 7d
param-seconded = Chaque candidature doit être appuyée
param-receipt = Le code de reçu du bulletin à remplacer
param-verify-code = Votre code de reçu, comme ABCD-EFGH-…
