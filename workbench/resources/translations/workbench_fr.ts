<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../gui/accounts/dialog.py" line="+65"/>
        <source>Where passwords are kept…</source>
        <translation>Où sont conservés les mots de passe…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. Brewly on Facebook</source>
        <translation>p. ex. Brewly sur Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ {0}</source>
        <translation>⚠ {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept in your encrypted secrets file</source>
        <translation>Conservé dans votre fichier de secrets chiffré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in your system keyring</source>
        <translation>Conservé dans le trousseau de clés du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be saved: no keyring (see above)</source>
        <translation>Enregistrement impossible&#xa0;: aucun trousseau de clés (voir ci-dessus)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign in with {0}…</source>
        <translation>Se connecter avec {0}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the fields below, then press “Sign in with {0}…”: your web browser opens {0}&apos;s page, where you allow access. Nothing else to copy.</source>
        <translation>Remplissez les champs ci-dessous, puis cliquez sur «&#xa0;Se connecter avec {0}…&#xa0;»&#xa0;: votre navigateur ouvre la page de {0}, où vous autorisez l’accès. Rien d’autre à copier.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>✘ Not saved: passwords and tokens have nowhere to go yet. Choose where to keep them, or leave the password and token fields empty.</source>
        <translation>✘ Non enregistré&#xa0;: les mots de passe et les jetons n’ont encore nulle part où être conservés. Choisissez où les conserver, ou laissez vides les champs du mot de passe et du jeton.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pick a platform first.</source>
        <translation>Choisissez d’abord une plateforme.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your web browser shows {0}&apos;s sign-in page: allow access there, then come back. (Cancel stops waiting.)</source>
        <translation>Votre navigateur affiche la page de connexion de {0}&#xa0;: autorisez-y l’accès, puis revenez ici. (Annuler arrête l’attente.)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✔ {0}</source>
        <translation>✔ {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✘ Not signed in: {0} The account is saved; press “{1}” to try again.</source>
        <translation>✘ Non connecté&#xa0;: {0} Le compte est enregistré&#xa0;; cliquez sur «&#xa0;{1}&#xa0;» pour réessayer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✔ Connection works: {0}</source>
        <translation>✔ La connexion fonctionne&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✘ {0}</source>
        <translation>✘ {0}</translation>
    </message>
</context>
<context>
    <name>AccountState</name>
    <message>
        <location filename="../../core/accounts/service.py" line="+86"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in again</source>
        <translation>Reconnexion nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Connexion nécessaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate limited until {time}</source>
        <translation>Limite de requêtes atteinte jusqu’à {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate limited</source>
        <translation>Limite de requêtes atteinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location line="+16"/>
        <source>Removing “{account}” deletes its {communities} communities, {items} stored items and {actions} unsent actions from this workspace, and its saved passwords and tokens from the keyring. Nothing is deleted on the platform.</source>
        <translation>Retirer « {account} » supprime de cet espace de travail ses {communities} communautés, ses {items} éléments enregistrés et ses {actions} actions non envoyées, ainsi que ses mots de passe et jetons du trousseau de clés. Rien n’est supprimé sur la plateforme.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown setting {unknown}. Known settings: {names}.</source>
        <translation>Réglage inconnu : {unknown}. Réglages connus : {names}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{label}” ({key}) is required.</source>
        <translation>« {label} » ({key}) est obligatoire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{label}” must be a whole number, not “{value}”.</source>
        <translation>« {label} » doit être un nombre entier, pas « {value} ».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{label}” must be yes or no, not “{value}”.</source>
        <translation>« {label} » doit être oui ou non, pas « {value} ».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{label}” must be one of {choices}.</source>
        <translation>« {label} » doit être l’une des valeurs suivantes : {choices}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{label}” must be a web address starting with https://.</source>
        <translation>« {label} » doit être une adresse web commençant par https://.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The connector “{id}” is not available: {why}.</source>
        <translation>Le connecteur « {id} » n’est pas disponible : {why}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connector “{id}” is not available (not installed).</source>
        <translation>Le connecteur « {id} » n’est pas disponible (non installé).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>There is no account “{name}”.</source>
        <translation>Il n’y a pas de compte « {name} ».</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>An account needs a name.</source>
        <translation>Un compte doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+38"/>
        <source>An account named “{name}” already exists.</source>
        <translation>Un compte nommé « {name} » existe déjà.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../gui/accounts/model.py" line="+28"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} requests left</source>
        <translation>{0} requêtes restantes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, resets {0}</source>
        <translation>, réinitialisation à {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
</context>
<context>
    <name>AccountsPane</name>
    <message>
        <location filename="../../gui/accounts/pane.py" line="+86"/>
        <source>&lt;h2&gt;Accounts&lt;/h2&gt;Connect the platform accounts whose communities you manage.</source>
        <translation>&lt;h2&gt;Comptes&lt;/h2&gt;Connectez les comptes des plateformes dont vous gérez les communautés.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where passwords are kept…</source>
        <translation>Où sont conservés les mots de passe…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No accounts yet. Add one, or explore the app with sample communities first.</source>
        <translation>Aucun compte pour l’instant. Ajoutez-en un, ou découvrez d’abord l’application avec des communautés d’exemple.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add demo communities</source>
        <translation>Ajouter la démo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add account…</source>
        <translation>Nouveau compte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a platform export…</source>
        <translation>Importer un export de plateforme…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring a Facebook or LinkedIn group in from your own data export</source>
        <translation>Importer un groupe Facebook ou LinkedIn depuis votre propre export de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communities…</source>
        <translation>Communautés…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+110"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Passwords and tokens are kept in {0}.</source>
        <translation>Les mots de passe et les jetons sont conservés dans {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passwords and tokens are kept in memory only (a test setting).</source>
        <translation>Les mots de passe et les jetons sont conservés en mémoire uniquement (réglage de test).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ {0}</source>
        <translation>⚠ {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Connectors that could not be loaded:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Connecteurs qui n’ont pas pu être chargés&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State: {0}</source>
        <translation>État&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: {0}</source>
        <translation>Dernière synchronisation&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} items in {1} communities</source>
        <translation>{0} éléments dans {1} communautés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request budget: {0}</source>
        <translation>Quota de requêtes&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last problem: {0}</source>
        <translation>Dernier problème&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in has expired: sign in again (or edit the account&apos;s password or token); everything stored so far is kept.</source>
        <translation>La connexion a expiré&#xa0;: reconnectez-vous (ou modifiez le mot de passe ou le jeton du compte)&#xa0;; tout ce qui est déjà stocké est conservé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not signed in yet: press Sign in (or edit the account to give its password or token).</source>
        <translation>Pas encore connecté&#xa0;: cliquez sur Se connecter (ou modifiez le compte pour indiquer son mot de passe ou son jeton).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Syncing: {0}{1} {2}</source>
        <translation>Synchronisation&#xa0;: {0}{1} {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Problem:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Problème&#xa0;:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ Connection works: {0}</source>
        <translation>✔ La connexion fonctionne&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✘ Connection failed: {0}</source>
        <translation>✘ Échec de la connexion&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Finish signing in in your web browser…</source>
        <translation>Terminez la connexion dans votre navigateur…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Remove account?</source>
        <translation>Retirer le compte&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing “{0}” deletes its {1} communities, {2} stored items and {3} unsent actions from this workspace, and its passwords and tokens from the keyring. Nothing is deleted on the platform.</source>
        <translation>Retirer «&#xa0;{0}&#xa0;» supprime de cet espace de travail ses {1} communautés, ses {2} éléments stockés et ses {3} actions non envoyées, ainsi que ses mots de passe et ses jetons du trousseau de clés. Rien n’est supprimé sur la plateforme.</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../../gui/moderation/actionbar.py" line="+42"/>
        <source>Shortcut: {0}</source>
        <translation>Raccourci&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>AfterEventForm</name>
    <message>
        <location filename="../../gui/events/after_event.py" line="+47"/>
        <source>Not entered</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From a CSV file…</source>
        <translation>Depuis un fichier CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attendee list from Zoom, Google Meet, Teams or another webinar tool</source>
        <translation>La liste des participants exportée de Zoom, Google Meet, Teams ou d’un autre outil de webinaire</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save outcome</source>
        <translation>Enregistrer le bilan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attendance:</source>
        <translation>Participation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording link:</source>
        <translation>Lien de l’enregistrement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact:</source>
        <translation>Impact&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the event&apos;s communities to see its impact.</source>
        <translation>Choisissez les communautés de l’événement pour voir son impact.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{after} items in its communities the week after; {before} a week before.</source>
        <translation>{after} éléments dans ses communautés la semaine suivante ; {before} par semaine avant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change: {change}.</source>
        <translation>Évolution : {change}.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>(The week after is not over yet.)</source>
        <translation>(La semaine suivante n’est pas encore terminée.)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attendee list</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} attendees counted from {file}.</source>
        <translation>{count} participants comptés dans {file}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../gui/events/calendar/agenda.py" line="+96"/>
        <source>Today — {day}</source>
        <translation>Aujourd’hui — {day}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>From {time}</source>
        <translation>À partir de {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until {time}</source>
        <translation>Jusqu’à {time}</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location line="+35"/>
        <source>No events in these days.</source>
        <translation>Aucun événement sur ces jours.</translation>
    </message>
</context>
<context>
    <name>AnalyticsCharts</name>
    <message>
        <location filename="../../gui/analytics/drawing.py" line="+69"/>
        <source>Nothing in this period</source>
        <translation>Rien sur cette période</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Returning</source>
        <translation>Fidèles</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+23"/>
        <location filename="../../gui/analytics/drawing_more.py" line="+124"/>
        <location line="+30"/>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <location filename="../../gui/analytics/drawing_more.py" line="-29"/>
        <location line="+30"/>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unanswered after {hours} h</source>
        <translation>Sans réponse après {hours} h</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answered within {hours} h</source>
        <translation>Réponse en moins de {hours} h</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Activity by kind</source>
        <translation>Activité par type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New and returning members</source>
        <translation>Nouveaux membres et membres fidèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-reply time per community</source>
        <translation>Délai de première réponse par communauté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-reply time per week</source>
        <translation>Délai de première réponse par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unanswered and coverage</source>
        <translation>Sans réponse et couverture</translation>
    </message>
    <message>
        <location filename="../../gui/analytics/drawing_more.py" line="-53"/>
        <source>No rule</source>
        <translation>Aucune règle</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+32"/>
        <source>{n} open</source>
        <translation>{n} non traités</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Members per post</source>
        <translation>Membres par publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member replies per post</source>
        <translation>Réponses de membres par publication</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A week before (average)</source>
        <translation>Une semaine avant (moyenne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The week after</source>
        <translation>La semaine après</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} came</source>
        <translation>{n} participants</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Moderation actions per week</source>
        <translation>Actions de modération par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderation actions by rule</source>
        <translation>Actions de modération par règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report handling time per week</source>
        <translation>Délai de traitement des signalements par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report handling per community</source>
        <translation>Traitement des signalements par communauté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best prompts</source>
        <translation>Meilleures amorces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt outcomes per community</source>
        <translation>Résultats des amorces par communauté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event impact: items before and after</source>
        <translation>Effet des événements : éléments avant et après</translation>
    </message>
</context>
<context>
    <name>AnalyticsFilters</name>
    <message>
        <location filename="../../gui/analytics/filters.py" line="+82"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chosen days</source>
        <translation>Jours choisis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All communities</source>
        <translation>Toutes les communautés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All platforms</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All community types</source>
        <translation>Tous les types de communauté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity per day or per week</source>
        <translation>Activité par jour ou par semaine</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>AnalyticsPane</name>
    <message>
        <location filename="../../gui/analytics/pane.py" line="+105"/>
        <source>Weekly report…</source>
        <translation>Rapport hebdomadaire…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save last week&apos;s one-page report as PDF, for the communities chosen</source>
        <translation>Enregistrer en PDF le rapport d’une page de la semaine dernière, pour les communautés choisies</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a period and communities; the charts follow.</source>
        <translation>Choisissez une période et des communautés&#xa0;: les graphiques suivent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A question with no team reply after this long counts as unanswered</source>
        <translation>Une question sans réponse de l’équipe au-delà de ce délai compte comme sans réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coverage: the share of threads the team answers within this target</source>
        <translation>Couverture&#xa0;: la part des fils auxquels l’équipe répond dans ce délai cible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unanswered after</source>
        <translation>Sans réponse après</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply target</source>
        <translation>Délai cible</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No communities yet: connect an account under Accounts, then sync.</source>
        <translation>Aucune communauté pour l’instant&#xa0;: connectez un compte dans Comptes, puis synchronisez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No items in this period for these communities.</source>
        <translation>Aucun élément sur cette période pour ces communautés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a bar or point to open its items in the inbox.</source>
        <translation>Cliquez sur une barre ou un point pour ouvrir ses éléments dans la boîte de réception.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computed in {computed} ms, drawn off the GUI thread in {drawn} ms.</source>
        <translation>Calculé en {computed} ms, dessiné en arrière-plan en {drawn} ms.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something went wrong: {error}</source>
        <translation>Une erreur s’est produite&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved {path}.</source>
        <translation>{path} enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the numbers</source>
        <translation>Enregistrer les chiffres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the weekly report</source>
        <translation>Enregistrer le rapport hebdomadaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The communities chosen</source>
        <translation>Les communautés choisies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All communities</source>
        <translation>Toutes les communautés</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="+47"/>
        <source>Welcome to Community Workbench</source>
        <translation>Bienvenue dans Community Workbench</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Welcome!&lt;/h3&gt;Your workspace is empty. Would you like to look around with sample communities first? The demo workspace is kept separate from your own, and you can open it any time with &lt;code&gt;workbench --demo&lt;/code&gt;.</source>
        <translation>&lt;h3&gt;Bienvenue&#xa0;!&lt;/h3&gt;Votre espace de travail est vide. Voulez-vous d’abord faire un tour avec des communautés d’exemple&#xa0;? L’espace de travail de démo est séparé du vôtre, et vous pouvez l’ouvrir à tout moment avec &lt;code&gt;workbench --demo&lt;/code&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the demo workspace</source>
        <translation>Ouvrir l’espace de démo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with my own accounts</source>
        <translation>Commencer avec mes comptes</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Community Workbench cannot start</source>
        <translation>Community Workbench ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>Asking</name>
    <message>
        <location filename="../../gui/moderation/asking.py" line="+131"/>
        <source>This item&apos;s author is unknown: no note can be kept.</source>
        <translation>L’auteur de cet élément est inconnu&#xa0;: impossible de conserver une note.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open a case</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the case is about:</source>
        <translation>Objet du dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Case “{0}” opened with {1} item(s).</source>
        <translation>Dossier «&#xa0;{0}&#xa0;» ouvert avec {1} élément(s).</translation>
    </message>
</context>
<context>
    <name>BacktestDialog</name>
    <message>
        <location filename="../../gui/guidelines/backtest_dialog.py" line="+55"/>
        <source>Backtest: {0}</source>
        <translation>Test rétroactif&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking through the stored items…</source>
        <translation>Analyse des éléments stockés…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Right: it breaks the rule</source>
        <translation>Correct&#xa0;: enfreint la règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong: it should not be caught</source>
        <translation>Erreur&#xa0;: ne devrait pas être détecté</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No stored item would have been caught: nothing to judge yet.</source>
        <translation>Aucun élément stocké n’aurait été détecté&#xa0;: rien à évaluer pour l’instant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} stored item(s) would have been caught ({1}). A sample of {2} to judge:</source>
        <translation>Éléments stockés qui auraient été détectés&#xa0;: {0} ({1}). Un échantillon de {2} à évaluer&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backtest failed: {0}</source>
        <translation>Le test rétroactif a échoué&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Mark items right or wrong to estimate precision.</source>
        <translation>Marquez les éléments comme corrects ou erronés pour estimer la précision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Precision about {0}% ± {1} (from {2} judged item(s))</source>
        <translation>Précision d’environ {0}&#xa0;% ± {1} (sur {2} élément(s) évalué(s))</translation>
    </message>
</context>
<context>
    <name>BanDialog</name>
    <message>
        <location filename="../../gui/moderation/dialogs.py" line="+107"/>
        <source>Ban the author(s) of {0} item(s)</source>
        <translation>Bannir l’auteur ou les auteurs de {0} élément(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permanently</source>
        <translation>Définitivement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> day(s)</source>
        <translation> jour(s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message to the member:</source>
        <translation>Message au membre&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message>
        <location filename="../../gui/events/import_export.py" line="+36"/>
        <source>Import a calendar</source>
        <translation>Importer un calendrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Fichiers de calendrier (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file}: {problem}</source>
        <translation>{file}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported {file}: {new} new, {updated} updated, {skipped} skipped.</source>
        <translation>{file} importé&#xa0;: {new} nouveaux, {updated} mis à jour, {skipped} ignorés.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n problem(s): see the tooltip.</source>
        <translation>
            <numerusform>%n problème&#xa0;: voir l’infobulle.</numerusform>
            <numerusform>%n problèmes&#xa0;: voir l’infobulle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %n event(s) to {file}.</source>
        <translation>
            <numerusform>%n événement exporté vers {file}.</numerusform>
            <numerusform>%n événements exportés vers {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesTab</name>
    <message>
        <location filename="../../gui/moderation/cases_tab.py" line="+40"/>
        <source>Open a case from entries selected in the queue: right-click them, or press C.</source>
        <translation>Ouvrez un dossier à partir des entrées sélectionnées dans la file&#xa0;: faites un clic droit dessus, ou appuyez sur C.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the case</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What this case is about, what was decided</source>
        <translation>L’objet de ce dossier et ce qui a été décidé</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No cases yet.</source>
        <translation>Aucun dossier pour l’instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cases could not be read: {0}</source>
        <translation>Impossible de lire les dossiers&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <location filename="../../gui/analytics/chart.py" line="+107"/>
        <source>Image…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as PNG or SVG</source>
        <translation>Enregistrer ce graphique en PNG ou SVG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the numbers this chart draws as CSV</source>
        <translation>Enregistrer en CSV les chiffres de ce graphique</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a bar or point to open its items in the inbox</source>
        <translation>Cliquez sur une barre ou un point pour ouvrir ses éléments dans la boîte de réception</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../gui/analytics/filters.py" line="-47"/>
        <source>{n} chosen</source>
        <translation>Sélection&#xa0;: {n}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../cli/__init__.py" line="+55"/>
        <source>Community Workbench: one inbox for all your communities.</source>
        <translation>Community Workbench : une seule boîte de réception pour toutes vos communautés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>workspace folder (or WORKBENCH_DATA_DIR)</source>
        <translation>dossier de l’espace de travail (ou WORKBENCH_DATA_DIR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open the demo workspace</source>
        <translation>ouvrir l’espace de travail de démonstration</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the language to speak (default: the one chosen in Preferences, else the system&apos;s)</source>
        <translation>la langue à utiliser (par défaut : celle choisie dans les Préférences, sinon celle du système)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>open the main window, check store, plugins and keyring, exit</source>
        <translation>ouvrir la fenêtre principale, vérifier la base, les extensions et le trousseau de clés, puis quitter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>log more on stderr: -v informs, -vv debugs (and logs/workbench.log in the workspace holds the details)</source>
        <translation>journaliser davantage sur stderr : -v informe, -vv détaille le débogage (logs/workbench.log dans l’espace de travail contient les détails)</translation>
    </message>
</context>
<context>
    <name>CliAccounts</name>
    <message>
        <location filename="../../cli/accounts.py" line="+22"/>
        <source>add, list or remove accounts</source>
        <translation>ajouter, lister ou retirer des comptes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add an account</source>
        <translation>ajouter un compte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a setting (secrets: WORKBENCH_SECRET_&lt;KEY&gt; or stdin)</source>
        <translation>un réglage (secrets : WORKBENCH_SECRET_&lt;KEY&gt; ou l’entrée standard)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list accounts and their state</source>
        <translation>lister les comptes et leur état</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove an account and its stored items</source>
        <translation>retirer un compte et ses éléments enregistrés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{key} is a secret: pass it in {variable} or on stdin, never on the command line.</source>
        <translation>{key} est un secret : passez-le dans {variable} ou sur l’entrée standard, jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--set takes KEY=VALUE, not “{pair}”</source>
        <translation>--set attend CLÉ=VALEUR, pas « {pair} »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added {name} ({connector}).</source>
        <translation>Compte {name} ajouté ({connector}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No accounts yet. Add one with `workbench accounts add CONNECTOR NAME` (`workbench plugins` lists the connectors), or in the app&apos;s Accounts pane.</source>
        <translation>Aucun compte pour l’instant. Ajoutez-en un avec `workbench accounts add CONNECTOR NAME` (`workbench plugins` liste les connecteurs), ou dans le volet Comptes de l’application.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} items</source>
        <translation>{n} éléments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last sync {when}</source>
        <translation>dernière synchronisation {when}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed {account}: {communities} communities, {items} items, {actions} unsent actions.</source>
        <translation>Compte {account} retiré : {communities} communautés, {items} éléments, {actions} actions non envoyées.</translation>
    </message>
</context>
<context>
    <name>CliEvents</name>
    <message>
        <location filename="../../cli/events.py" line="+26"/>
        <source>events: iCalendar files, lists, occurrences</source>
        <translation>événements : fichiers iCalendar, listes, occurrences</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read an .ics file (events matched by UID: updated, never duplicated)</source>
        <translation>lire un fichier .ics (événements reconnus par leur UID : mis à jour, jamais dupliqués)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write events to an .ics file</source>
        <translation>écrire des événements dans un fichier .ics</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only this event</source>
        <translation>seulement cet événement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>events (a series once), by start</source>
        <translation>les événements (une série une seule fois), par début</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>YYYY-MM-DD or ISO time</source>
        <translation>AAAA-MM-JJ ou heure ISO</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every occurrence between two dates, by start</source>
        <translation>chaque occurrence entre deux dates, par début</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{text} is not a date (YYYY-MM-DD) or an ISO-8601 time</source>
        <translation>{text} n’est ni une date (AAAA-MM-JJ) ni une heure ISO-8601</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--to must come after --from.</source>
        <translation>--to doit venir après --from.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} event(s) written to {file}.</source>
        <translation>{count} événement(s) écrit(s) dans {file}.</translation>
    </message>
</context>
<context>
    <name>CliImport</name>
    <message>
        <location filename="../../cli/imports.py" line="+17"/>
        <source>import a platform data export</source>
        <translation>importer un export de données d’une plateforme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import a Facebook “Download Your Information” archive (.zip or folder)</source>
        <translation>importer une archive Facebook « Télécharger vos informations » (.zip ou dossier)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import a LinkedIn data export (.zip of CSV files)</source>
        <translation>importer un export de données LinkedIn (.zip de fichiers CSV)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the community to import into</source>
        <translation>la communauté dans laquelle importer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the account (default: the only one, or a new one)</source>
        <translation>le compte (par défaut : le seul existant, ou un nouveau)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the community&apos;s web page, for manual assist</source>
        <translation>la page web de la communauté, pour l’aide manuelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>refuse a JSON/CSV file of the export over MB (default 512)</source>
        <translation>refuser un fichier JSON/CSV de l’export de plus de MB Mo (512 par défaut)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refuse an export with more than MB to import (default 2048)</source>
        <translation>refuser un export de plus de MB Mo à importer (2048 par défaut)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refuse a zip entry that expands over N times (default 100)</source>
        <translation>refuser une entrée zip qui grossit plus de N fois à la décompression (100 par défaut)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give a whole number of 1 or more</source>
        <translation>donnez un nombre entier de 1 ou plus</translation>
    </message>
</context>
<context>
    <name>CliItems</name>
    <message>
        <location filename="../../cli/items.py" line="+15"/>
        <source>list connectors and their state</source>
        <translation>lister les connecteurs et leur état</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>work with stored items</source>
        <translation>travailler sur les éléments enregistrés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write every stored item to stdout</source>
        <translation>écrire chaque élément enregistré sur la sortie standard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only this account</source>
        <translation>seulement ce compte</translation>
    </message>
</context>
<context>
    <name>CliModeration</name>
    <message>
        <location filename="../../cli/moderation.py" line="+28"/>
        <source>the moderation queue</source>
        <translation>la file de modération</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open queue entries: reports and flags, one per item</source>
        <translation>les entrées ouvertes de la file : signalements et alertes, une par élément</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only communities whose name has this</source>
        <translation>seulement les communautés dont le nom contient ceci</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record a member&apos;s report of a stored item</source>
        <translation>enregistrer le signalement d’un élément enregistré par un membre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the item&apos;s id (from `workbench items export`)</source>
        <translation>l’identifiant de l’élément (voir `workbench items export`)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>who reported it</source>
        <translation>qui l’a signalé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member notes: import, export, erase a member</source>
        <translation>notes sur les membres : importer, exporter, effacer un membre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>import a Toolbox usernotes page</source>
        <translation>importer une page usernotes de Toolbox</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the usernotes wiki page saved as JSON</source>
        <translation>la page wiki usernotes enregistrée en JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the community the notes are for</source>
        <translation>la communauté à laquelle les notes se rapportent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>read the community&apos;s usernotes page through its account instead of a file</source>
        <translation>lire la page usernotes de la communauté par son compte au lieu d’un fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write notes as JSON Lines</source>
        <translation>écrire les notes en JSON Lines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only this member (and their linked identities)</source>
        <translation>seulement ce membre (et ses identités liées)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>the member&apos;s platform, if ambiguous</source>
        <translation>la plateforme du membre, en cas d’ambiguïté</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>erase a member for real: notes and text of their items</source>
        <translation>effacer un membre pour de bon : les notes et le texte de ses éléments</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the moderation decision log</source>
        <translation>le journal des décisions de modération</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write the decision log</source>
        <translation>écrire le journal des décisions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>monthly counts by action, rule, community</source>
        <translation>décomptes mensuels par action, règle, communauté</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no item {id}.</source>
        <translation>il n’y a pas d’élément {id}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item {id}: reported by {reporter}.</source>
        <translation>Élément {id} : signalé par {reporter}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no member is called {name}.</source>
        <translation>aucun membre ne s’appelle {name}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the usernotes FILE, or --from-wiki (one of them).</source>
        <translation>donnez le FICHIER usernotes, ou --from-wiki (l’un des deux).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported {notes} note(s) on {members} member(s) into {community} ({duplicates} already there).</source>
        <translation>{notes} note(s) sur {members} membre(s) importée(s) dans {community} ({duplicates} déjà présente(s)).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported {notes} note(s) on {members} member(s) into {community}.</source>
        <translation>{notes} note(s) sur {members} membre(s) importée(s) dans {community}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{member} names several members ({where}); add --platform.</source>
        <translation>{member} désigne plusieurs membres ({where}) ; ajoutez --platform.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erased {member}: {notes} note(s), the text of {items} item(s), {item_notes} item note(s), {reports} report(s).</source>
        <translation>Membre {member} effacé : {notes} note(s), le texte de {items} élément(s), {item_notes} note(s) d’élément, {reports} signalement(s).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{n} decision(s)</source>
        <translation>{n} décision(s)</translation>
    </message>
</context>
<context>
    <name>CliOutbox</name>
    <message>
        <location filename="../../cli/outbox.py" line="+26"/>
        <source>reply to a stored item through its account</source>
        <translation>répondre à un élément enregistré par son compte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the item&apos;s id (from `workbench items export`)</source>
        <translation>l’identifiant de l’élément (voir `workbench items export`)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the reply&apos;s text (UTF-8); without it, read from stdin</source>
        <translation>le texte de la réponse (UTF-8) ; sans cette option, lu sur l’entrée standard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>who replies (default: you)</source>
        <translation>qui répond (par défaut : vous)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list, retry or cancel queued actions</source>
        <translation>lister, relancer ou annuler les actions en attente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>queued and recent actions, oldest first</source>
        <translation>les actions en attente et récentes, les plus anciennes d’abord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>send a failed action again</source>
        <translation>renvoyer une action qui a échoué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>take back an action not sent yet</source>
        <translation>reprendre une action pas encore envoyée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the reply: {error}</source>
        <translation>impossible de lire la réponse : {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the reply is longer than 1 MB; is this the right file?</source>
        <translation>la réponse dépasse 1 Mo ; est-ce le bon fichier ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the reply is empty.</source>
        <translation>la réponse est vide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no item {id}.</source>
        <translation>il n’y a pas d’élément {id}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{account} cannot reply to this item through its API; answer it on the platform (the app&apos;s Reply offers to copy the text and open it).</source>
        <translation>{account} ne peut pas répondre à cet élément par son API ; répondez sur la plateforme (Répondre, dans l’application, propose de copier le texte et de l’ouvrir).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reply {id}: sent.</source>
        <translation>Réponse {id} : envoyée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply {id}: queued: no connection, it goes out with the next sync.</source>
        <translation>Réponse {id} : en attente : pas de connexion, elle partira avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply {id}: failed (see `workbench outbox list`; retry with `workbench outbox retry {id}`).</source>
        <translation>Réponse {id} : échec (voir `workbench outbox list` ; relancez avec `workbench outbox retry {id}`).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>en cours d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>entry {id} is {status}; only a failed one is retried.</source>
        <translation>l’entrée {id} est {status} ; seule une entrée en échec peut être relancée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entry {id}: {status}.</source>
        <translation>Entrée {id} : {status}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry {id}: cancelled.</source>
        <translation>Entrée {id} : annulée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry {id} has gone out already; it cannot be taken back.</source>
        <translation>l’entrée {id} est déjà partie ; elle ne peut pas être reprise.</translation>
    </message>
</context>
<context>
    <name>CliPlaybook</name>
    <message>
        <location filename="../../cli/playbook.py" line="+29"/>
        <source>--include takes a comma-separated list of: {areas}</source>
        <translation>--include attend une liste séparée par des virgules parmi : {areas}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>playbooks: share prompts, rules, views...</source>
        <translation>playbooks : partager amorces, règles, vues…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write the library (or part of it) to a playbook</source>
        <translation>écrire la bibliothèque (ou une partie) dans un playbook</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>areas, e.g. prompts,guidelines</source>
        <translation>domaines, par ex. prompts,guidelines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My playbook</source>
        <translation>Mon playbook</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keep a playbook&apos;s id</source>
        <translation>conserver l’identifiant d’un playbook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a playbook&apos;s header and items (nothing is imported)</source>
        <translation>l’en-tête et les éléments d’un playbook (rien n’est importé)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import a playbook (new, changed, identical)</source>
        <translation>importer un playbook (nouveau, modifié, identique)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show what would change</source>
        <translation>montrer ce qui changerait</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>for items changed on both sides (default: keep mine)</source>
        <translation>pour les éléments modifiés des deux côtés (par défaut : garder les miens)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--version is 1 or more.</source>
        <translation>--version vaut 1 ou plus.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{file} cannot be written: {error}.</source>
        <translation>{file} ne peut pas être écrit : {error}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} items written to {file}</source>
        <translation>{n} éléments écrits dans {file}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title} (version {version}, id {id})</source>
        <translation>{title} (version {version}, identifiant {id})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>author: {value}</source>
        <translation>auteur : {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created: {value}</source>
        <translation>créé : {value}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{new} new, {updated} updated by the playbook, {changed} changed, {identical} identical</source>
        <translation>{new} nouveau(x), {updated} mis à jour par le playbook, {changed} modifié(s), {identical} identique(s)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>dry run: nothing imported</source>
        <translation>essai à blanc : rien n’a été importé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imported: {summary}</source>
        <translation>importé : {summary}</translation>
    </message>
</context>
<context>
    <name>CliPrompts</name>
    <message>
        <location filename="../../cli/prompts.py" line="+31"/>
        <source>the prompt library: list, add, suggest, use</source>
        <translation>la bibliothèque d’amorces : lister, ajouter, suggérer, utiliser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check questions read from stdin, one a line</source>
        <translation>vérifier des questions lues sur l’entrée standard, une par ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the prompts, favourites first</source>
        <translation>les amorces, favoris d’abord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>words the text contains</source>
        <translation>mots que contient le texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>archived prompts too</source>
        <translation>les amorces archivées aussi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add a prompt of your own; prints its id</source>
        <translation>ajouter une amorce à vous ; affiche son identifiant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the id of the same prompt in another language</source>
        <translation>l’identifiant de la même amorce dans une autre langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add the prompts of a prompt file (JSON Lines)</source>
        <translation>ajouter les amorces d’un fichier d’amorces (JSON Lines)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>prompts for a community, best results first</source>
        <translation>des amorces pour une communauté, meilleurs résultats d’abord</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>post a prompt in a community now or at a time</source>
        <translation>publier une amorce dans une communauté maintenant ou à une heure donnée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>when to post, ISO time (without a zone: your local time)</source>
        <translation>quand publier, heure ISO (sans fuseau : votre heure locale)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. topic=Rust</source>
        <translation>par ex. topic=Rust</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the post&apos;s title (default: its first line)</source>
        <translation>le titre de la publication (par défaut : sa première ligne)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>who posts (default: you)</source>
        <translation>qui publie (par défaut : vous)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a time that has passed: post now</source>
        <translation>une heure déjà passée : publier maintenant</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>line {number} is longer than {n} characters; one question a line.</source>
        <translation>la ligne {number} dépasse {n} caractères ; une question par ligne.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>refused {line}</source>
        <translation>refusé : {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added {added} prompts ({already} were there already).</source>
        <translation>{added} amorces ajoutées ({already} étaient déjà là).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--value takes NAME=TEXT (e.g. topic=Rust), not {pair}.</source>
        <translation>--value attend NOM=TEXTE (par ex. topic=Rust), pas {pair}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--at takes an ISO time such as 2026-12-24T09:30, not {text}.</source>
        <translation>--at attend une heure ISO comme 2026-12-24T09:30, pas {text}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>[y/N]</source>
        <translation>[o/N]</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{time} has passed; nothing was posted (--yes posts it now).</source>
        <translation>{time} est passé ; rien n’a été publié (--yes publie maintenant).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use {id} in {community}: scheduled for {time}.</source>
        <translation>Utilisation {id} dans {community} : programmée pour {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use {id} in {community}: queued: it goes out with the next sync.</source>
        <translation>Utilisation {id} dans {community} : en attente : elle partira avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use {id} in {community}: posted.</source>
        <translation>Utilisation {id} dans {community} : publiée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use {id} in {community}: {platform} takes no posts from the app: post it yourself (the app reminds you; the text is in `workbench outbox list`).</source>
        <translation>Utilisation {id} dans {community} : {platform} n’accepte pas de publication depuis l’application : publiez-la vous-même (l’application vous le rappelle ; le texte est dans `workbench outbox list`).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use {id} in {community}: failed (retry with `workbench outbox retry {outbox}`).</source>
        <translation>Utilisation {id} dans {community} : échec (relancez avec `workbench outbox retry {outbox}`).</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <location filename="../../cli/report.py" line="+30"/>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>pas une date (AAAA-MM-JJ) : {text}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Analytics&apos; numbers per community (docs/analytics.md)</source>
        <translation>les chiffres des Statistiques par communauté (docs/analytics.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>which number</source>
        <translation>quel chiffre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only this community (repeatable)</source>
        <translation>seulement cette communauté (répétable)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>first local day, YYYY-MM-DD</source>
        <translation>premier jour local, AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last local day (included)</source>
        <translation>dernier jour local (inclus)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unanswered: hours a team reply may take (24)</source>
        <translation>unanswered : heures que peut prendre une réponse de l’équipe (24)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>activity: per day or week</source>
        <translation>activity : par jour ou par semaine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>weekly: the PDF file to write</source>
        <translation>weekly : le fichier PDF à écrire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>weekly: a day of the week (default: last week)</source>
        <translation>weekly : un jour de la semaine (par défaut : la semaine dernière)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>--output FILE.pdf is required.</source>
        <translation>--output FICHIER.pdf est obligatoire.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All communities</source>
        <translation>Toutes les communautés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} cannot be written: {error}.</source>
        <translation>{file} ne peut pas être écrit : {error}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote the report on the week of {first} to {file}.</source>
        <translation>Rapport de la semaine du {first} écrit dans {file}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--from comes after --to.</source>
        <translation>--from vient après --to.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--hours must be above zero.</source>
        <translation>--hours doit être supérieur à zéro.</translation>
    </message>
</context>
<context>
    <name>CliRules</name>
    <message>
        <location filename="../../cli/rules.py" line="+24"/>
        <source>backtest detectors, import watched words</source>
        <translation>tester rétroactivement des détecteurs, importer des mots surveillés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the stored items a words or regex detector would have caught</source>
        <translation>les éléments enregistrés qu’un détecteur de mots ou d’expression régulière aurait repérés</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>the community&apos;s name</source>
        <translation>le nom de la communauté</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>a regular expression (RE2 syntax)</source>
        <translation>une expression régulière (syntaxe RE2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for --words</source>
        <translation>pour --words</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a Discourse watched-words CSV as a rule&apos;s detectors</source>
        <translation>un CSV de mots surveillés Discourse comme détecteurs d’une règle</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>there is no community named “{name}”.</source>
        <translation>il n’y a pas de communauté nommée « {name} ».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{n} item(s) caught.</source>
        <translation>{n} élément(s) repéré(s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is a community of several accounts ({accounts}).</source>
        <translation>« {name} » est une communauté de plusieurs comptes ({accounts}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported {n} watched word(s) as rule {number} “{title}” of {community} (inactive: backtest it, then turn it on).</source>
        <translation>{n} mot(s) surveillé(s) importé(s) comme règle {number} « {title} » de {community} (inactive : testez-la rétroactivement, puis activez-la).</translation>
    </message>
</context>
<context>
    <name>CliStore</name>
    <message>
        <location filename="../../cli/store.py" line="+19"/>
        <source>check or back up the workspace&apos;s database</source>
        <translation>vérifier ou sauvegarder la base de données de l’espace de travail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check the database and its search index (exit 1 if anything is wrong)</source>
        <translation>vérifier la base de données et son index de recherche (code 1 en cas de problème)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>copy the database to DEST while it may be in use</source>
        <translation>copier la base de données vers DEST même si elle est en cours d’utilisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>replace DEST if it exists</source>
        <translation>remplacer DEST s’il existe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{database}: no problems found (database and search index).</source>
        <translation>{database} : aucun problème trouvé (base de données et index de recherche).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{database}: problems found:</source>
        <translation>{database} : problèmes trouvés :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To go back to a sound copy: close Community Workbench, delete {name}-wal and {name}-shm, and copy a backup in place of {name} (automatic ones are in {backups}).</source>
        <translation>Pour revenir à une copie saine : fermez Community Workbench, supprimez {name}-wal et {name}-shm, et copiez une sauvegarde à la place de {name} (les sauvegardes automatiques sont dans {backups}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backed up {database} to {destination}.</source>
        <translation>{database} sauvegardé dans {destination}.</translation>
    </message>
</context>
<context>
    <name>CliSync</name>
    <message>
        <location filename="../../cli/sync.py" line="+30"/>
        <source>exit codes:
  {ok}    every account asked for synced, or was skipped in a sync of all accounts
  {failed}    at least one account failed (its line says why), or the workspace cannot
       be opened
  {usage}    the command line is wrong
  {busy}    another process is already syncing this workspace: nothing was done
  {skipped}    the account named with --account was skipped (rate-limited: see --force;
       or disabled)
  {interrupted}  stopped by Ctrl+C (what was stored stays; the next sync resumes)
</source>
        <translation>codes de sortie :
  {ok}    chaque compte demandé a été synchronisé, ou ignoré lors d’une synchronisation de tous les comptes
  {failed}    au moins un compte a échoué (sa ligne dit pourquoi), ou l’espace de travail ne peut pas
       être ouvert
  {usage}    la ligne de commande est incorrecte
  {busy}    un autre processus synchronise déjà cet espace de travail : rien n’a été fait
  {skipped}    le compte nommé avec --account a été ignoré (limite de requêtes atteinte : voir --force ;
       ou désactivé)
  {interrupted}  arrêté par Ctrl+C (ce qui a été enregistré reste ; la prochaine synchronisation reprend)
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>sync accounts now</source>
        <translation>synchroniser les comptes maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync every enabled account, or one, now. Accounts that are rate-limited
are skipped until their wait is over.</source>
        <translation>Synchroniser maintenant chaque compte activé, ou un seul. Les comptes qui ont atteint
leur limite de requêtes sont ignorés jusqu’à la fin de leur attente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>only this account (also when disabled)</source>
        <translation>seulement ce compte (même s’il est désactivé)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>also sync rate-limited accounts now (the platform may refuse again)</source>
        <translation>synchroniser aussi maintenant les comptes ayant atteint leur limite de requêtes (la plateforme peut refuser à nouveau)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No accounts yet: add one with `workbench accounts add`.</source>
        <translation>Aucun compte pour l’instant : ajoutez-en un avec `workbench accounts add`.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{reason} (sync anyway with --force)</source>
        <translation>{reason} (synchronisez quand même avec --force)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{account}: skipped: {reason}</source>
        <translation>{account} : ignoré : {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{account}: {status}, {new} new, {updated} updated, {deleted} deleted, {errors} errors</source>
        <translation>{account} : {status}, {new} nouveau(x), {updated} mis à jour, {deleted} supprimé(s), {errors} erreur(s)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, {n} actions sent</source>
        <translation>, {n} action(s) envoyée(s)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopping after the current batch (press Ctrl+C again to quit at once)…</source>
        <translation>Arrêt après le lot en cours (appuyez de nouveau sur Ctrl+C pour quitter tout de suite)…</translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <location filename="../../core/prompts/coach/verdict.py" line="+18"/>
        <source>Closed: people can answer yes or no and stop there.</source>
        <translation>Fermée&#xa0;: on peut répondre oui ou non et s’arrêter là.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leading: the wording suggests the answer you hope for.</source>
        <translation>Orientée&#xa0;: la formulation suggère la réponse que vous espérez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leading: a tag such as “…, right?” asks people to agree, not to say what they think.</source>
        <translation>Orientée&#xa0;: une formule comme «&#xa0;…, n’est-ce pas&#xa0;?&#xa0;» invite à approuver, pas à dire ce qu’on pense.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-barrelled: it asks two things at once, so one answer cannot fit both.</source>
        <translation>Double&#xa0;: elle pose deux questions à la fois, et une seule réponse ne peut pas convenir aux deux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Either/or: it offers only the choices you thought of, and people pick one.</source>
        <translation>Alternative&#xa0;: elle ne propose que les choix auxquels vous avez pensé, et les gens en choisissent un.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question {number}: {reason}</source>
        <translation>Question {number}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <location filename="../../gui/prompts/coach_panel.py" line="+51"/>
        <source>&lt;b&gt;Coach&lt;/b&gt;</source>
        <translation>&lt;b&gt;Coach&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Write a question: the coach says how open it is.</source>
        <translation>Écrivez une question&#xa0;: le coach indique à quel point elle est ouverte.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Try instead (click to use):</source>
        <translation>Essayez plutôt (cliquez pour utiliser)&#xa0;:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The coach could not read this text: {error}</source>
        <translation>Le coach n’a pas pu lire ce texte&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Can be answered with yes or no</source>
        <translation>On peut y répondre par oui ou par non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leading</source>
        <translation>Orientée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggests the answer it expects</source>
        <translation>Suggère la réponse attendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two in one</source>
        <translation>Deux en une</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asks two questions at once</source>
        <translation>Pose deux questions à la fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Either/or</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offers only two choices</source>
        <translation>Ne propose que deux choix</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This question may get fewer answers:</source>
        <translation>Cette question risque d’obtenir moins de réponses&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An open question: good to go.</source>
        <translation>Une question ouverte&#xa0;: vous pouvez y aller.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Use this wording:</source>
        <translation>Utiliser cette formulation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CommunitiesDialog</name>
    <message>
        <location filename="../../gui/accounts/communities.py" line="+39"/>
        <source>Communities of {0}</source>
        <translation>Communautés de {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asking {0} which communities this account can read…</source>
        <translation>Interrogation de {0} sur les communautés que ce compte peut lire…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tick the communities to bring into the inbox and say what kind each one is.</source>
        <translation>Cochez les communautés à faire entrer dans la boîte de réception et indiquez le type de chacune.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account has no communities to follow.</source>
        <translation>Ce compte n’a aucune communauté à suivre.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not list the communities: {0}</source>
        <translation>Impossible de lister les communautés&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ConnectorSettings</name>
    <message>
        <location filename="../../../connectors/demo/__init__.py" line="+89"/>
        <source>Number of sample items</source>
        <translation>Nombre d’éléments d’exemple</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many items the first sync creates.</source>
        <translation>Combien d’éléments la première synchronisation crée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weeks of history</source>
        <translation>Semaines d’historique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name in the demo</source>
        <translation>Votre nom dans la démo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies written by this name count as the team&apos;s.</source>
        <translation>Les réponses écrites sous ce nom comptent comme celles de l’équipe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the sample content</source>
        <translation>Langue du contenu d’exemple</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>en: English communities; fr: French-speaking communities.</source>
        <translation>en : communautés anglophones ; fr : communautés francophones.</translation>
    </message>
    <message>
        <location filename="../../../connectors/facebook/__init__.py" line="+32"/>
        <source>Page ID</source>
        <translation>ID de la Page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The numeric id of the Facebook Page to read. Leave empty for an account that only holds group archives and manual-assist replies.</source>
        <translation>L’identifiant numérique de la Page Facebook à lire. Laissez vide pour un compte qui ne contient que des archives de groupes et des réponses en aide manuelle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page access token</source>
        <translation>Jeton d’accès de la Page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Page access token with pages_read_engagement and pages_manage_engagement.</source>
        <translation>Un jeton d’accès de Page avec pages_read_engagement et pages_manage_engagement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Graph API version</source>
        <translation>Version de l’API Graph</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Graph versions expire about two years after release.</source>
        <translation>Les versions de Graph expirent environ deux ans après leur sortie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Graph API address</source>
        <translation>Adresse de l’API Graph</translation>
    </message>
    <message>
        <location filename="../../../connectors/linkedin/__init__.py" line="+33"/>
        <source>Organization ID</source>
        <translation>ID de l’organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number in the organization page&apos;s admin address. Leave empty for an account that only holds data exports and manual-assist replies.</source>
        <translation>Le numéro dans l’adresse d’administration de la page de l’organisation. Laissez vide pour un compte qui ne contient que des exports de données et des réponses en aide manuelle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A token with r_organization_social and w_organization_social.</source>
        <translation>Un jeton avec r_organization_social et w_organization_social.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Token expires on</source>
        <translation>Le jeton expire le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD. LinkedIn tokens last 60 days; you are warned a week before.</source>
        <translation>AAAA-MM-JJ. Les jetons LinkedIn durent 60 jours ; vous êtes prévenu une semaine avant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>LinkedIn API version</source>
        <translation>Version de l’API LinkedIn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYYMM, sent as the LinkedIn-Version header.</source>
        <translation>AAAAMM, envoyé dans l’en-tête LinkedIn-Version.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LinkedIn API address</source>
        <translation>Adresse de l’API LinkedIn</translation>
    </message>
    <message>
        <location filename="../../../connectors/reddit/__init__.py" line="+67"/>
        <source>Subreddits</source>
        <translation>Subreddits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated names; empty: every subreddit the account moderates.</source>
        <translation>Noms séparés par des virgules ; vide : tous les subreddits que le compte modère.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reddit username</source>
        <translation>Nom d’utilisateur Reddit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The moderator account, without u/.</source>
        <translation>Le compte modérateur, sans u/.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>App client id</source>
        <translation>ID client de l’application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create an app at reddit.com/prefs/apps: choose “installed app”, redirect uri http://127.0.0.1:65010/authorize_callback, and paste the id shown under its name.</source>
        <translation>Créez une application sur reddit.com/prefs/apps : choisissez « installed app », l’URI de redirection http://127.0.0.1:65010/authorize_callback, puis collez l’identifiant affiché sous son nom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>App secret</source>
        <translation>Secret de l’application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Script apps only; installed apps have none.</source>
        <translation>Applications « script » uniquement ; les applications installées n’en ont pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reddit password</source>
        <translation>Mot de passe Reddit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Script apps only; with an installed app use Sign in.</source>
        <translation>Applications « script » uniquement ; avec une application installée, utilisez Se connecter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>API address</source>
        <translation>Adresse de l’API</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reddit address</source>
        <translation>Adresse de Reddit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User agent</source>
        <translation>Agent utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reddit asks every app to name itself; your username is added.</source>
        <translation>Reddit demande à chaque application de se nommer ; votre nom d’utilisateur est ajouté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests for long comment threads</source>
        <translation>Requêtes pour les longs fils de commentaires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per sync, for threads the comment listing does not fully cover.</source>
        <translation>Par synchronisation, pour les fils que la liste des commentaires ne couvre pas entièrement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re-check for deletions (hours)</source>
        <translation>Revérifier les suppressions (heures)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items this recent are checked again and erased if deleted on Reddit.</source>
        <translation>Les éléments aussi récents sont revérifiés et effacés s’ils ont été supprimés sur Reddit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request timeout (seconds)</source>
        <translation>Délai d’attente des requêtes (secondes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in redirect address</source>
        <translation>Adresse de redirection de connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Must match the redirect uri of the Reddit app.</source>
        <translation>Doit correspondre à l’URI de redirection de l’application Reddit.</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../gui/moderation/decisions_tab.py" line="+44"/>
        <source>Every action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{0}: {1} decision(s) — {2}</source>
        <translation>{0}&#xa0;: {1} décision(s) — {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No decisions yet: every action you take is logged here.</source>
        <translation>Aucune décision pour l’instant&#xa0;: chaque action que vous effectuez est consignée ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The decision log could not be read: {0}</source>
        <translation>Impossible de lire le journal des décisions&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the decision log</source>
        <translation>Exporter le journal des décisions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved {0}.</source>
        <translation>{0} enregistré.</translation>
    </message>
</context>
<context>
    <name>DetectorRow</name>
    <message>
        <location filename="../../gui/guidelines/detectors_form.py" line="+49"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>words or phrases, comma-separated; * matches any letters</source>
        <translation>mots ou expressions, séparés par des virgules&#xa0;; * remplace n’importe quelles lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a regular expression (RE2: no look-around)</source>
        <translation>une expression régulière (RE2&#xa0;: sans look-around)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the most links allowed</source>
        <translation>le nombre maximal de liens autorisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>domains, comma-separated (example.com)</source>
        <translation>domaines, séparés par des virgules (example.com)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share of capitals, in percent</source>
        <translation>la part de majuscules, en pourcentage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the youngest account age allowed, in days</source>
        <translation>l’âge minimal du compte, en jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in how many communities (within 24 hours)</source>
        <translation>dans combien de communautés (en 24 heures)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case sensitive</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allow only these</source>
        <translation>N’autoriser que ceux-ci</translation>
    </message>
</context>
<context>
    <name>Detectors</name>
    <message>
        <location filename="../../core/guidelines/after_sync.py" line="+57"/>
        <source>The same text in {n} communities</source>
        <translation>Le même texte dans {n} communautés</translation>
    </message>
    <message>
        <location filename="../../core/guidelines/detectors.py" line="+78"/>
        <source>Unknown detector kind “{kind}”.</source>
        <translation>Type de détecteur inconnu&#xa0;: «&#xa0;{kind}&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{name}” must be a list of texts.</source>
        <translation>«&#xa0;{name}&#xa0;» doit être une liste de textes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” must be true or false.</source>
        <translation>«&#xa0;{name}&#xa0;» doit être vrai ou faux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” must be a whole number.</source>
        <translation>«&#xa0;{name}&#xa0;» doit être un nombre entier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” must be a number.</source>
        <translation>«&#xa0;{name}&#xa0;» doit être un nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” must be text.</source>
        <translation>« {name} » doit être du texte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give at least one watched word.</source>
        <translation>Indiquez au moins un mot surveillé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most {n} watched words per detector.</source>
        <translation>{n} mots surveillés au maximum par détecteur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The watched word “{word}…” is longer than {n} characters.</source>
        <translation>Le mot surveillé «&#xa0;{word}…&#xa0;» dépasse {n} caractères.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number of links allowed cannot be negative.</source>
        <translation>Le nombre de liens autorisés ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give domains to block or domains to allow.</source>
        <translation>Indiquez des domaines à bloquer ou des domaines à autoriser.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The share of capitals is between 1% and 100%.</source>
        <translation>La part de majuscules est comprise entre 1&#xa0;% et 100&#xa0;%.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The same text is looked for in 2 communities or more, within 1 hour or more.</source>
        <translation>Le même texte est recherché dans 2 communautés ou plus, sur 1 heure ou plus.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Watched words (case sensitive): {words}</source>
        <translation>Mots surveillés (casse respectée)&#xa0;: {words}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watched words: {words}</source>
        <translation>Mots surveillés&#xa0;: {words}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matches the regular expression {pattern}</source>
        <translation>Correspond à l’expression régulière {pattern}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than {n} links</source>
        <translation>Plus de {n} liens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Links to domains other than {domains}</source>
        <translation>Liens vers des domaines autres que {domains}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Links to {domains}</source>
        <translation>Liens vers {domains}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At least {share}% capitals in {n} letters or more</source>
        <translation>Au moins {share}&#xa0;% de majuscules sur {n} lettres ou plus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Author account younger than {days} days (only where the platform tells an account&apos;s age; elsewhere this check is skipped)</source>
        <translation>Compte de l’auteur créé il y a moins de {days} jours (seulement là où la plateforme indique l’âge des comptes&#xa0;; ailleurs, ce contrôle est ignoré)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The same text in {n} communities or more within {hours} hours</source>
        <translation>Le même texte dans {n} communautés ou plus en {hours} heures</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give a regular expression.</source>
        <translation>Indiquez une expression régulière.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A regular expression is at most {n} characters.</source>
        <translation>Une expression régulière compte au plus {n} caractères.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>RE2 cannot run this pattern ({error}); it has no look-around or back-references.</source>
        <translation>RE2 ne peut pas exécuter ce motif ({error})&#xa0;: il ne gère ni les look-around ni les références arrière.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>{n} links (at most {max})</source>
        <translation>{n} liens (au plus {max})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Link to the blocked domain {domain}</source>
        <translation>Lien vers le domaine bloqué {domain}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link to {domain}, not an allowed domain</source>
        <translation>Lien vers {domain}, qui n’est pas un domaine autorisé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{share}% capitals</source>
        <translation>{share}&#xa0;% de majuscules</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Account {days} days old</source>
        <translation>Compte créé il y a {days} jours</translation>
    </message>
    <message>
        <location filename="../../core/guidelines/matcher.py" line="+77"/>
        <source>Watched word “{word}”</source>
        <translation>Mot surveillé «&#xa0;{word}&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matches {pattern}</source>
        <translation>Correspond à {pattern}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>RE2 cannot run the pattern {pattern}.</source>
        <translation>RE2 ne peut pas exécuter le motif {pattern}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These patterns together are too large for RE2; split the rules.</source>
        <translation>Ensemble, ces motifs sont trop volumineux pour RE2&#xa0;: scindez les règles.</translation>
    </message>
</context>
<context>
    <name>DetectorsForm</name>
    <message>
        <location filename="../../gui/guidelines/detectors_form.py" line="-60"/>
        <source>Give a whole number.</source>
        <translation>Indiquez un nombre entier.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Add a detector</source>
        <translation>Ajouter un détecteur</translation>
    </message>
</context>
<context>
    <name>Discourse</name>
    <message>
        <location filename="../../core/guidelines/discourse.py" line="+55"/>
        <source>{file}: cannot be read ({error}).</source>
        <translation>{file}&#xa0;: illisible ({error}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: larger than {mb} MB; is it the right file?</source>
        <translation>{file}&#xa0;: plus de {mb} Mo&#xa0;; est-ce le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}, line {line}: not UTF-8 text.</source>
        <translation>{file}, ligne {line}&#xa0;: ce n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{file}: more than {n} watched words.</source>
        <translation>{file}&#xa0;: plus de {n} mots surveillés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}, line {line}: not CSV ({error}).</source>
        <translation>{file}, ligne {line}&#xa0;: ce n’est pas du CSV ({error}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: no watched words in it.</source>
        <translation>{file}&#xa0;: ce fichier ne contient aucun mot surveillé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}, line {line}: {n} columns; expected word, replacement, case_sensitive.</source>
        <translation>{file}, ligne {line}&#xa0;: {n} colonnes&#xa0;; colonnes attendues&#xa0;: word, replacement, case_sensitive.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file}, line {line}: the word is empty.</source>
        <translation>{file}, ligne {line}&#xa0;: le mot est vide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}, line {line}: the word is longer than {n} characters.</source>
        <translation>{file}, ligne {line}&#xa0;: le mot dépasse {n} caractères.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}, line {line}: the replacement is longer than {n} characters.</source>
        <translation>{file}, ligne {line}&#xa0;: le remplacement dépasse {n} caractères.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}, line {line}: case_sensitive is “{value}”, not true or false.</source>
        <translation>{file}, ligne {line}&#xa0;: case_sensitive vaut «&#xa0;{value}&#xa0;», et non true ou false.</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../gui/events/editing.py" line="+93"/>
        <source>Pro&amp;motion</source>
        <translation>Pro&amp;motion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Poll re&amp;sults</source>
        <translation>Rés&amp;ultats du sondage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;After the event</source>
        <translation>&amp;Après l’événement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {title}.</source>
        <translation>{title} enregistré.</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../gui/moderation/detail.py" line="+61"/>
        <location line="+67"/>
        <source>Select an entry to see it in context.</source>
        <translation>Sélectionnez une entrée pour la voir dans son contexte.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Rule:</source>
        <translation>Règle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons:</source>
        <translation>Motifs&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by:</source>
        <translation>Signalé par&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Origine&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author&apos;s other items</source>
        <translation>Autres éléments de l’auteur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the platform&apos;s notes on this member</source>
        <translation>Lire les notes de la plateforme sur ce membre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes on the author</source>
        <translation>Notes sur l’auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Report this…</source>
        <translation>Signaler…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} severity · {1} report(s) · in the queue for {2} · {3}</source>
        <translation>Gravité&#xa0;: {0} · {1} signalement(s) · dans la file depuis {2} · {3}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · escalated</source>
        <translation> · remonté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none named)</source>
        <translation>(aucune indiquée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none given)</source>
        <translation>(aucun indiqué)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(anonymous)</source>
        <translation>(anonyme)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No notes on this member yet.</source>
        <translation>Aucune note sur ce membre pour l’instant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes on the author ({0})</source>
        <translation>Notes sur l’auteur ({0})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing else stored.</source>
        <translation>Rien d’autre n’est stocké.</translation>
    </message>
</context>
<context>
    <name>EventDetail</name>
    <message>
        <location filename="../../gui/events/detail.py" line="+115"/>
        <source>Choose an event to see it here.</source>
        <translation>Choisissez un événement pour l’afficher ici.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this occurrence</source>
        <translation>Annuler cette occurrence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete event</source>
        <translation>Supprimer l’événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export .ics…</source>
        <translation>Exporter .ics…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this event to a calendar file</source>
        <translation>Enregistrer cet événement dans un fichier de calendrier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hosts:</source>
        <translation>Animateurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities:</source>
        <translation>Communautés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online:</source>
        <translation>En ligne&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration:</source>
        <translation>Inscription&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checklist:</source>
        <translation>Check-list&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>In the event&apos;s zone ({zone}): {when}</source>
        <translation>Dans le fuseau de l’événement ({zone})&#xa0;: {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>repeats</source>
        <translation>récurrent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} places</source>
        <translation>{count} places</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../gui/events/editor.py" line="+78"/>
        <source>Edit event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Event</source>
        <translation>É&amp;vénement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Récurrence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;oll</source>
        <translation>S&amp;ondage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events sharing a host or a community closer than this clash</source>
        <translation>Les événements qui partagent un animateur ou une communauté et sont plus rapprochés que ce délai sont en conflit d’horaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clash buffer:</source>
        <translation>Écart minimal&#xa0;:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Change:</source>
        <translation>Modifier&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>Clashes with %n other event(s):</source>
        <translation>
            <numerusform>Conflit d’horaire avec %n autre événement&#xa0;:</numerusform>
            <numerusform>Conflit d’horaire avec %n autres événements&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and {count} more</source>
        <translation>… et {count} autres</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../gui/events/event_form.py" line="+75"/>
        <source>e.g. Monthly community Q&amp;A</source>
        <translation>p. ex. Q&amp;R mensuelle de la communauté</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Markdown: **bold**, lists, links</source>
        <translation>Markdown&#xa0;: **gras**, listes, liens</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One task a line; start a done one with [x]</source>
        <translation>Une tâche par ligne&#xa0;; commencez une tâche faite par [x]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes before the start, e.g. 60, 1440</source>
        <translation>Minutes avant le début, p. ex. 60, 1440</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hosts:</source>
        <translation>A&amp;nimateurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Communities:</source>
        <translation>&amp;Communautés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Online link:</source>
        <translation>Lien en l&amp;igne&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registration link:</source>
        <translation>Li&amp;en d’inscription&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;pacity:</source>
        <translation>Nom&amp;bre de places&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agenda:</source>
        <translation>A&amp;genda&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check&amp;list:</source>
        <translation>C&amp;heck-list&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;minders:</source>
        <translation>Ra&amp;ppels&#xa0;:</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Choose a time zone from the list (e.g. Europe/Paris).</source>
        <translation>Choisissez un fuseau horaire dans la liste (p. ex. Europe/Paris).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reminders are minutes before the start, e.g. 60, 1440.</source>
        <translation>Les rappels s’expriment en minutes avant le début, p. ex. 60, 1440.</translation>
    </message>
</context>
<context>
    <name>EventWords</name>
    <message>
        <location filename="../../gui/events/words.py" line="+19"/>
        <source>Webinar</source>
        <translation>Webinaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Q&amp;A / AMA</source>
        <translation>Q&amp;R / AMA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live stream</source>
        <translation>Diffusion en direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live chat</source>
        <translation>Discussion en direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetup</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll</source>
        <translation>Sondage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>event status</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned</source>
        <comment>promotion step state</comment>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <comment>promotion step state</comment>
        <translation>À envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <comment>promotion step state</comment>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <comment>promotion step state</comment>
        <translation>En échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done by hand</source>
        <comment>promotion step state</comment>
        <translation>Faite à la main</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>promotion step state</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting soon</source>
        <translation>Début imminent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom post</source>
        <translation>Publication libre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This occurrence only</source>
        <translation>Cette occurrence uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This and the following occurrences</source>
        <translation>Cette occurrence et les suivantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All occurrences</source>
        <translation>Toutes les occurrences</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>same host ({names})</source>
        <translation>même animateur ({names})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same community</source>
        <translation>même communauté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{why}, at the same time</source>
        <translation>{why}, au même moment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{why}, only {minutes} min apart</source>
        <translation>{why}, à seulement {minutes} min d’écart</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../../core/events/model.py" line="+46"/>
        <source>A poll needs a question.</source>
        <translation>Un sondage doit avoir une question.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A poll has 2 to 6 options.</source>
        <translation>Un sondage comporte de 2 à 6 options.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A poll runs 1 to 7 days.</source>
        <translation>Un sondage dure de 1 à 7 jours.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>{new} new, {updated} updated, {skipped} skipped</source>
        <translation>{new} nouveau(x), {updated} mis à jour, {skipped} ignoré(s)</translation>
    </message>
    <message>
        <location filename="../../core/events/polls.py" line="+99"/>
        <source>This event has no poll.</source>
        <translation>Cet événement n’a pas de sondage.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Enter one number (0 or more) for each option.</source>
        <translation>Saisissez un nombre (0 ou plus) pour chaque option.</translation>
    </message>
    <message>
        <location filename="../../core/events/promotion.py" line="+300"/>
        <source>A follow-up is posted after the event.</source>
        <translation>Un suivi est publié après l’événement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An announcement or reminder is posted before the event.</source>
        <translation>Une annonce ou un rappel est publié avant l’événement.</translation>
    </message>
    <message>
        <location filename="../../core/events/records.py" line="+48"/>
        <source>An event needs a title.</source>
        <translation>Un événement doit avoir un titre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An event&apos;s title is at most 300 characters.</source>
        <translation>Le titre d’un événement compte au plus 300 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An event&apos;s start and end need a time zone.</source>
        <translation>Le début et la fin d’un événement doivent avoir un fuseau horaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An event cannot end before it starts.</source>
        <translation>Un événement ne peut pas se terminer avant d’avoir commencé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An event&apos;s capacity cannot be negative.</source>
        <translation>Le nombre de places d’un événement ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A poll event needs a question and options.</source>
        <translation>Un événement de type sondage doit avoir une question et des options.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A reminder is between 0 minutes and 60 days before the start.</source>
        <translation>Un rappel se situe entre 0 minute et 60 jours avant le début.</translation>
    </message>
    <message>
        <location filename="../../core/events/recurrence.py" line="+42"/>
        <source>Unknown time zone {zone}.</source>
        <translation>Fuseau horaire inconnu&#xa0;: {zone}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The repeat rule {rule} is not an RRULE.</source>
        <translation>La règle de récurrence {rule} n’est pas une RRULE.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The repeat rule&apos;s end {value} is not a date.</source>
        <translation>La fin de la règle de récurrence ({value}) n’est pas une date.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An event cannot repeat more often than hourly.</source>
        <translation>Un événement ne peut pas se répéter plus d’une fois par heure.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The repeat rule {rule} has no known FREQ.</source>
        <translation>La règle de récurrence {rule} n’a pas de FREQ connue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A repeat rule has COUNT or UNTIL, not both.</source>
        <translation>Une règle de récurrence a COUNT ou UNTIL, pas les deux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A repeat rule&apos;s COUNT is a number up to 10,000.</source>
        <translation>Le COUNT d’une règle de récurrence est un nombre jusqu’à 10&#xa0;000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This repeat rule never happens (a day no month has).</source>
        <translation>Cette règle de récurrence ne se produit jamais (un jour qu’aucun mois ne comporte).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The repeat rule {rule} is not valid: {error}.</source>
        <translation>La règle de récurrence {rule} n’est pas valide&#xa0;: {error}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A repeat rule has a wrong number.</source>
        <translation>Une règle de récurrence contient un nombre erroné.</translation>
    </message>
    <message>
        <location filename="../../core/events/service.py" line="+112"/>
        <source>Say which occurrence the edit starts from.</source>
        <translation>Indiquez à partir de quelle occurrence la modification s’applique.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Attendance cannot be negative.</source>
        <translation>La participation ne peut pas être négative.</translation>
    </message>
    <message>
        <location filename="../../core/events/ics_import.py" line="+87"/>
        <source>{file} is {size} MB; a calendar file is at most {most} MB.</source>
        <translation>{file} fait {size} Mo ; un fichier de calendrier fait au plus {most} Mo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} cannot be read: {error}.</source>
        <translation>{file} ne peut pas être lu : {error}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is larger than {most} MB.</source>
        <translation>{file} dépasse {most} Mo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is not an iCalendar file (it is binary).</source>
        <translation>{file} n’est pas un fichier iCalendar (c’est un fichier binaire).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>it appears twice in the file; the first is kept.</source>
        <translation>il figure deux fois dans le fichier ; le premier est conservé.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{file}, line {line}: {title} was left out: {why}</source>
        <translation>{file}, ligne {line} : {title} n’a pas été importé : {why}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an event</source>
        <translation>un événement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its time zone {zone} is unknown.</source>
        <translation>son fuseau horaire {zone} est inconnu.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>it has no start (DTSTART).</source>
        <translation>il n’a pas de début (DTSTART).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its extra dates (RDATE) were not imported.</source>
        <translation>ses dates supplémentaires (RDATE) n’ont pas été importées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}, line {line}: {title}: {why}</source>
        <translation>{file}, ligne {line} : {title} : {why}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>its RECURRENCE-ID is empty.</source>
        <translation>son RECURRENCE-ID est vide.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{file}: {error}; nothing was imported.</source>
        <translation>{file} : {error} ; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../core/events/ics_parse.py" line="+26"/>
        <source>line {line} is not an iCalendar line: {text}</source>
        <translation>la ligne {line} n’est pas une ligne iCalendar : {text}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>line {line} is longer than 1 MB</source>
        <translation>la ligne {line} dépasse 1 Mo</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>line {line} has a broken parameter: {text}</source>
        <translation>la ligne {line} a un paramètre incorrect : {text}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line {line} has an unclosed quote: {text}</source>
        <translation>la ligne {line} a un guillemet non fermé : {text}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)</source>
        <translation>ce n’est pas un fichier iCalendar (il ne commence pas par BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>line {line}: components nest too deep or are too many</source>
        <translation>ligne {line} : les composants sont trop imbriqués ou trop nombreux</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line {line}: END:{name} does not close a BEGIN</source>
        <translation>ligne {line} : END:{name} ne ferme aucun BEGIN</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line {line} is outside the calendar</source>
        <translation>la ligne {line} est en dehors du calendrier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file ends before END:VCALENDAR (it is cut short)</source>
        <translation>le fichier se termine avant END:VCALENDAR (il est tronqué)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{value} is not a date or time.</source>
        <translation>{value} n’est ni une date ni une heure.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} is not a duration.</source>
        <translation>{value} n’est pas une durée.</translation>
    </message>
</context>
<context>
    <name>EventsAsking</name>
    <message>
        <location filename="../../gui/events/asking.py" line="+12"/>
        <source>Delete event</source>
        <translation>Supprimer l’événement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete “{title}” and all its occurrences?</source>
        <translation>Supprimer «&#xa0;{title}&#xa0;» et toutes ses occurrences&#xa0;?</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <location filename="../../gui/events/pane.py" line="+276"/>
        <source>Cancelled the occurrence of {title}.</source>
        <translation>Occurrence de {title} annulée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleted {title}.</source>
        <translation>{title} supprimé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checklist saved.</source>
        <translation>Check-list enregistrée.</translation>
    </message>
</context>
<context>
    <name>EventsToolbar</name>
    <message>
        <location filename="../../gui/events/toolbar.py" line="+18"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to today (T)</source>
        <translation>Aller à aujourd’hui (T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous (Page Up)</source>
        <translation>Précédent (Page Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next (Page Down)</source>
        <translation>Suivant (Page Down)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month view (M)</source>
        <translation>Vue mois (M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week view (W)</source>
        <translation>Vue semaine (W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda (A)</source>
        <translation>Agenda (A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New event (Ctrl+N)</source>
        <translation>Nouvel événement (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import .ics…</source>
        <translation>Importer .ics…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a calendar file</source>
        <translation>Importer un fichier de calendrier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export .ics…</source>
        <translation>Exporter .ics…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export every event to a calendar file</source>
        <translation>Exporter tous les événements dans un fichier de calendrier</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../core/guidelines/export.py" line="+19"/>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed</source>
        <translation>Interdit</translation>
    </message>
</context>
<context>
    <name>ExportPlaybookDialog</name>
    <message>
        <location filename="../../gui/playbooks/export_dialog.py" line="+42"/>
        <location line="+84"/>
        <source>Export a playbook</source>
        <translation>Exporter un playbook</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Our playbook</source>
        <translation>Notre playbook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where to save it</source>
        <translation>Où l’enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What goes in the playbook</source>
        <translation>Contenu du playbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the library…</source>
        <translation>Lecture de la bibliothèque…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A playbook never holds accounts, secrets, members, communities or items.</source>
        <translation>Un playbook ne contient jamais de comptes, de secrets, de membres, de communautés ni d’éléments.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Playbooks (*.json)</source>
        <translation>Playbooks (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose where to save the playbook.</source>
        <translation>Choisissez où enregistrer le playbook.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 items written to %2</source>
        <translation>%1 éléments écrits dans %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not written: %1</source>
        <translation>Non écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>GuidelineWords</name>
    <message>
        <location filename="../../gui/guidelines/words.py" line="+14"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flag</source>
        <translation>Marquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold for review</source>
        <translation>Retenir pour examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest removal</source>
        <translation>Proposer le retrait</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watched words</source>
        <translation>Mots surveillés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many links</source>
        <translation>Trop de liens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capitals</source>
        <translation>Majuscules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account age</source>
        <translation>Âge du compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same text in several communities</source>
        <translation>Même texte dans plusieurs communautés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>suppression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>modification</translation>
    </message>
</context>
<context>
    <name>Guidelines</name>
    <message>
        <location filename="../../core/guidelines/documents.py" line="+92"/>
        <source>A rule is not as expected: {error}</source>
        <translation>Une règle n’est pas conforme&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A rule needs a title.</source>
        <translation>Une règle doit avoir un titre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rule&apos;s title is at most {n} characters.</source>
        <translation>Le titre d’une règle compte au plus {n} caractères.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A rule&apos;s texts are at most {n} characters.</source>
        <translation>Les textes d’une règle comptent au plus {n} caractères.</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>This guideline no longer exists.</source>
        <translation>Cette charte n’existe plus.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+91"/>
        <source>This rule no longer exists.</source>
        <translation>Cette règle n’existe plus.</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+36"/>
        <source>A guideline needs a title.</source>
        <translation>Une charte doit avoir un titre.</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+50"/>
        <source>A guideline has at most {n} rules.</source>
        <translation>Une charte compte au plus {n} règles.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>This community has a guideline already.</source>
        <translation>Cette communauté a déjà une charte.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Say why you publish (members may ask).</source>
        <translation>Indiquez pourquoi vous publiez (les membres peuvent le demander).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This version no longer exists.</source>
        <translation>Cette version n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../core/guidelines/platform.py" line="+55"/>
        <source>This community no longer exists.</source>
        <translation>Cette communauté n’existe plus.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This platform&apos;s connector cannot read or write rules.</source>
        <translation>Le connecteur de cette plateforme ne peut ni lire ni écrire les règles.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This community has no rules to write.</source>
        <translation>Cette communauté n’a aucune règle à écrire.</translation>
    </message>
</context>
<context>
    <name>GuidelinesLayout</name>
    <message>
        <location filename="../../gui/guidelines/layout.py" line="+41"/>
        <source>{0} detector(s), on</source>
        <translation>{0} détecteur(s), activé(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} detector(s), off</source>
        <translation>{0} détecteur(s), désactivé(s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no detectors</source>
        <translation>aucun détecteur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allowed:</source>
        <translation>Autorisé&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not allowed:</source>
        <translation>Interdit&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removal reason:</source>
        <translation>Motif de retrait&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detectors:</source>
        <translation>Détecteurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;h2&gt;Guidelines&lt;/h2&gt;Each community&apos;s numbered rules. Detectors on a rule flag new items at each sync once turned on; backtest them first.</source>
        <translation>&lt;h2&gt;Charte&lt;/h2&gt;Les règles numérotées de chaque communauté. Une fois activés, les détecteurs d’une règle marquent les nouveaux éléments à chaque synchronisation&#xa0;; faites d’abord un test rétroactif.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No communities yet: add an account and sync it (Accounts).</source>
        <translation>Aucune communauté pour l’instant&#xa0;: ajoutez un compte et synchronisez-le (Comptes).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start from this template</source>
        <translation>Partir de ce modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start empty</source>
        <translation>Partir de zéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Read from the platform</source>
        <translation>Lire depuis la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the community&apos;s rules from its platform</source>
        <translation>Récupérer les règles de la communauté depuis sa plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to the platform</source>
        <translation>Écrire sur la plateforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the platform&apos;s rules these, in this order (moderators only)</source>
        <translation>Remplacer les règles de la plateforme par celles-ci, dans cet ordre (modérateurs uniquement)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions…</source>
        <translation>Versions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add rule…</source>
        <translation>Nouvelle règle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backtest…</source>
        <translation>Test rétroactif…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn detectors on</source>
        <translation>Activer les détecteurs</translation>
    </message>
</context>
<context>
    <name>GuidelinesPane</name>
    <message>
        <location filename="../../gui/guidelines/pane.py" line="+112"/>
        <source>{0} rule(s)</source>
        <translation>{0} règle(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no guideline</source>
        <translation>aucune charte</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{0} has no guideline yet. Start from a template or from an empty page.</source>
        <translation>{0} n’a pas encore de charte. Partez d’un modèle ou d’une page vierge.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last published: {0}</source>
        <translation>Dernière publication&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not published yet</source>
        <translation>Pas encore publiée</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Turn detectors off</source>
        <translation>Désactiver les détecteurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn detectors on</source>
        <translation>Activer les détecteurs</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Community guidelines</source>
        <translation>Charte de la communauté</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why publish this version? (members may ask)</source>
        <translation>Pourquoi publier cette version&#xa0;? (les membres peuvent le demander)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export the guideline</source>
        <translation>Exporter la charte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown (*.md);;HTML (*.html)</source>
        <translation>Markdown (*.md);;HTML (*.html)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported to {0}</source>
        <translation>Exportée vers {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the rules from {0}…</source>
        <translation>Lecture des règles depuis {0}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Written to {0}: {1} added, {2} updated, {3} removed.</source>
        <translation>Écrit sur {0}&#xa0;: {1} ajout(s), {2} mise(s) à jour, {3} retrait(s).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the rules to {0}…</source>
        <translation>Écriture des règles sur {0}…</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../gui/help.py" line="+33"/>
        <source>The user guide is missing from this installation.</source>
        <translation>Le guide de l’utilisateur est absent de cette installation.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Community Workbench user guide</source>
        <translation>Guide de l’utilisateur de Community Workbench</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../gui/accounts/import_dialog.py" line="+41"/>
        <source>Import a data export</source>
        <translation>Importer un export de données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring a group&apos;s posts and comments into the inbox from your own data export: Facebook&apos;s “Download Your Information” (JSON format) or LinkedIn&apos;s data export. Importing a newer export again adds only what is new.</source>
        <translation>Importez dans la boîte de réception les publications et commentaires d’un groupe à partir de votre propre export de données&#xa0;: «&#xa0;Télécharger vos informations&#xa0;» de Facebook (format JSON) ou l’export de données de LinkedIn. Réimporter un export plus récent n’ajoute que les nouveautés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Facebook “Download Your Information”</source>
        <translation>Facebook «&#xa0;Télécharger vos informations&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn data export</source>
        <translation>Export de données LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export from</source>
        <translation>Source de l’export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The .zip file, or the unpacked folder</source>
        <translation>Le fichier .zip, ou le dossier décompressé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File…</source>
        <translation>Fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Brewly Regulars (the group&apos;s name)</source>
        <translation>p. ex. Habitués de Brewly (le nom du groupe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into community</source>
        <translation>Dans la communauté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://www.facebook.com/groups/… (for manual replies)</source>
        <translation>https://www.facebook.com/groups/… (pour les réponses manuelles)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group address</source>
        <translation>Adresse du groupe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the export</source>
        <translation>Choisir l’export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the unpacked export</source>
        <translation>Choisir l’export décompressé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the export and name the community.</source>
        <translation>Choisissez l’export et nommez la communauté.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✔ Imported into {0}: {1} new, {2} updated, {3} already there.</source>
        <translation>✔ Importé dans {0}&#xa0;: {1} nouveaux, {2} mis à jour, {3} déjà présents.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✘ Nothing was imported: {0}</source>
        <translation>✘ Rien n’a été importé&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ImportPlaybookDialog</name>
    <message>
        <location filename="../../gui/playbooks/import_dialog.py" line="+53"/>
        <location line="+92"/>
        <source>Import a playbook</source>
        <translation>Importer un playbook</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>A playbook file (.json)</source>
        <translation>Un fichier de playbook (.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or start from a bundled playbook…</source>
        <translation>Ou partez d’un playbook fourni…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a playbook to see what it holds.</source>
        <translation>Choisissez un playbook pour voir son contenu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a changed item to compare yours and theirs.</source>
        <translation>Sélectionnez un élément modifié pour comparer votre version et la leur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For the selected changed items:</source>
        <translation>Pour les éléments modifiés sélectionnés&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine</source>
        <translation>Garder le mien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Prendre le leur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Playbooks (*.json)</source>
        <translation>Playbooks (*.json)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 new, %2 updated, %3 changed, %4 identical</source>
        <translation>%1 nouveaux, %2 mis à jour, %3 modifiés, %4 identiques</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not read: %1</source>
        <translation>Non lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported: %1 added, %2 updated, %3 kept both, %4 kept as they were</source>
        <translation>Importé&#xa0;: %1 ajoutés, %2 mis à jour, %3 en deux versions, %4 laissés tels quels</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../../core/imports/archives.py" line="+45"/>
        <source>Imported into {community} ({account}): {new} new, {updated} updated, {unchanged} already there, {skipped} unreadable entries.</source>
        <translation>Importé dans {community} ({account}) : {new} nouveau(x), {updated} mis à jour, {unchanged} déjà présent(s), {skipped} entrée(s) illisible(s).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{name}” is a {connector} account, not {kind}.</source>
        <translation>« {name} » est un compte {connector}, pas {kind}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Several {kind} accounts exist ({names}): choose one.</source>
        <translation>Il existe plusieurs comptes {kind} ({names}) : choisissez-en un.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{file} holds nothing to import into {community} ({skipped} unreadable entries): nothing was changed.</source>
        <translation>{file} ne contient rien à importer dans {community} ({skipped} entrée(s) illisible(s)) : rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} holds nothing to import into {community}: nothing was changed.</source>
        <translation>{file} ne contient rien à importer dans {community} : rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name the community to import into.</source>
        <translation>Indiquez la communauté dans laquelle importer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{connector} cannot import data exports.</source>
        <translation>{connector} ne peut pas importer d’exports de données.</translation>
    </message>
</context>
<context>
    <name>InboxActions</name>
    <message>
        <location filename="../../gui/inbox/actions.py" line="+35"/>
        <source>Next item</source>
        <translation>Élément suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the next item</source>
        <translation>Sélectionner l’élément suivant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous item</source>
        <translation>Élément précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the previous item</source>
        <translation>Sélectionner l’élément précédent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open item</source>
        <translation>Ouvrir l’élément</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the item</source>
        <translation>Lire l’élément</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark done</source>
        <translation>Marquer comme traité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the selected items done</source>
        <translation>Marquer les éléments sélectionnés comme traités</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark needs reply</source>
        <translation>Marquer à répondre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as needing a reply</source>
        <translation>Marquer comme nécessitant une réponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark waiting</source>
        <translation>Marquer en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for someone else</source>
        <translation>En attente de quelqu’un d’autre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark new</source>
        <translation>Marquer comme nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put back to New</source>
        <translation>Remettre à l’état Nouveau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply…</source>
        <translation>Répondre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a reply</source>
        <translation>Écrire une réponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New post…</source>
        <translation>Nouvelle publication…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a conversation in this community</source>
        <translation>Lancer une conversation dans cette communauté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign…</source>
        <translation>Attribuer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign to a teammate by name</source>
        <translation>Attribuer à un membre de l’équipe, par son nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze…</source>
        <translation>Reporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide until a time, then back to New</source>
        <translation>Masquer jusqu’à une heure donnée, puis remettre à Nouveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag…</source>
        <translation>Étiqueter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove tag…</source>
        <translation>Retirer une étiquette…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove a tag</source>
        <translation>Retirer une étiquette</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set priority…</source>
        <translation>Définir la priorité…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set priority 0 (none) to 3</source>
        <translation>Définir une priorité de 0 (aucune) à 3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A private note for the team</source>
        <translation>Une note privée pour l’équipe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report this…</source>
        <translation>Signaler…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the open item in the moderation queue, with who reported it and why</source>
        <translation>Placer l’élément ouvert dans la file de modération, avec l’auteur du signalement et son motif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the open item</source>
        <translation>Approuver l’élément ouvert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the open item, with a reason</source>
        <translation>Retirer l’élément ouvert, avec un motif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark as spam</source>
        <translation>Marquer comme spam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the open item as spam</source>
        <translation>Retirer l’élément ouvert comme spam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the open item: no more replies</source>
        <translation>Verrouiller l’élément ouvert&#xa0;: plus aucune réponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow replies again</source>
        <translation>Autoriser de nouveau les réponses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the open comment from the public</source>
        <translation>Masquer au public le commentaire ouvert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unhide</source>
        <translation>Réafficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the hidden comment again</source>
        <translation>Afficher de nouveau le commentaire masqué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search all items</source>
        <translation>Rechercher dans tous les éléments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the last triage action</source>
        <translation>Annuler la dernière action de tri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Query the view again</source>
        <translation>Relancer la requête de la vue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save view…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save filters and search as a view</source>
        <translation>Enregistrer les filtres et la recherche comme vue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete saved view</source>
        <translation>Supprimer la vue enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the saved view</source>
        <translation>Supprimer la vue enregistrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export view to CSV…</source>
        <translation>Exporter la vue en CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the current view</source>
        <translation>Exporter la vue actuelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all shortcuts</source>
        <translation>Afficher tous les raccourcis</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Inbox keyboard shortcuts</source>
        <translation>Raccourcis clavier de la boîte de réception</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everything is also in the Actions menu and on a right click in the list.</source>
        <translation>Tout se trouve aussi dans le menu Actions et d’un clic droit dans la liste.</translation>
    </message>
</context>
<context>
    <name>InboxFilters</name>
    <message>
        <location filename="../../gui/inbox/filters.py" line="+33"/>
        <source>Search (/): words, &quot;a phrase&quot;, -exclude, author:name, community:name</source>
        <translation>Rechercher (/)&#xa0;: mots, &quot;une expression&quot;, -exclure, author:nom, community:nom</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All communities</source>
        <translation>Toutes les communautés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All platforms</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Newest first</source>
        <translation>Plus récents d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>Plus anciens d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest priority</source>
        <translation>Priorité la plus haute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort order</source>
        <translation>Ordre de tri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team&apos;s own</source>
        <translation>De l’équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the posts and comments of your own team</source>
        <translation>Afficher les publications et commentaires de votre équipe</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../gui/inbox/model.py" line="+53"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>!</source>
        <translation>!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Snoozed until {when}</source>
        <translation>Reporté jusqu’à {when}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(deleted on the platform)</source>
        <translation>(supprimé sur la plateforme)</translation>
    </message>
</context>
<context>
    <name>InboxModeration</name>
    <message>
        <location filename="../../gui/inbox/moderation.py" line="+41"/>
        <source>Remove item</source>
        <translation>Retirer l’élément</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The item is removed from the community; its author can be told why.</source>
        <translation>L’élément est retiré de la communauté&#xa0;; son auteur peut être informé du motif.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Rule 3: no self-promotion</source>
        <translation>p. ex. Règle 3&#xa0;: pas d’autopromotion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removal reason</source>
        <translation>Motif de retrait</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional message to the author</source>
        <translation>Message facultatif à l’auteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report this item</source>
        <translation>Signaler cet élément</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A member told you about this item: it joins the moderation queue with who reported it and why.</source>
        <translation>Un membre vous a signalé cet élément&#xa0;: il rejoint la file de modération avec l’auteur du signalement et son motif.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. u/member_name</source>
        <translation>p. ex. u/nom_du_membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Harassment in a reply</source>
        <translation>p. ex. Harcèlement dans une réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open an item to report it.</source>
        <translation>Ouvrez un élément pour le signaler.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A report needs a reason.</source>
        <translation>Un signalement doit avoir un motif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reported: the item is in the moderation queue.</source>
        <translation>Signalé&#xa0;: l’élément est dans la file de modération.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open an item to moderate it.</source>
        <translation>Ouvrez un élément pour le modérer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{account} cannot moderate through its API: do it on the platform.</source>
        <translation>{account} ne peut pas modérer via son API&#xa0;: faites-le sur la plateforme.</translation>
    </message>
</context>
<context>
    <name>InboxOperations</name>
    <message>
        <location filename="../../gui/inbox/operations.py" line="+33"/>
        <source>In 1 hour</source>
        <translation>Dans 1 heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 3 hours</source>
        <translation>Dans 3 heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tomorrow morning</source>
        <translation>Demain matin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week (Monday morning)</source>
        <translation>La semaine prochaine (lundi matin)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snooze until</source>
        <translation>Reporter jusqu’à</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze for how many hours?</source>
        <translation>Reporter de combien d’heures&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For a number of hours…</source>
        <translation>Pendant un nombre d’heures…</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <location filename="../../gui/inbox/asking.py" line="+68"/>
        <location filename="../../gui/inbox/layout.py" line="+106"/>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to (a teammate&apos;s name; empty to unassign):</source>
        <translation>Attribuer à (nom d’un membre de l’équipe&#xa0;; vide pour retirer l’attribution)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/layout.py" line="+0"/>
        <source>Tag</source>
        <translation>Étiqueter</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/asking.py" line="+8"/>
        <source>Tag</source>
        <comment>dialog title: add a tag</comment>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag:</source>
        <translation>Étiquette&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove tag</source>
        <translation>Retirer une étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag to remove:</source>
        <translation>Étiquette à retirer&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0 — none</source>
        <translation>0 — aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 — low</source>
        <translation>1 — basse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 — high</source>
        <translation>2 — haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 — urgent</source>
        <translation>3 — urgente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Priorité&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private note for the team:</source>
        <translation>Note privée pour l’équipe&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the view:</source>
        <translation>Nom de la vue&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Built-in views cannot be deleted.</source>
        <translation>Les vues intégrées ne peuvent pas être supprimées.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export view to CSV</source>
        <translation>Exporter la vue en CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported {n} items to {path}.</source>
        <translation>{n} éléments exportés vers {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/composing.py" line="+92"/>
        <source>Taken back: {label}.</source>
        <translation>Envoi annulé&#xa0;: {label}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already sent: {label}.</source>
        <translation>Déjà envoyé&#xa0;: {label}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo {label} (U)</source>
        <translation>Annuler «&#xa0;{label}&#xa0;» (U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}: goes out in {n} s.</source>
        <translation>Envoi dans {n} s&#xa0;: {label}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open an item to reply to it.</source>
        <translation>Ouvrez un élément pour y répondre.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reply</source>
        <translation>réponse</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Open an item to post in its community.</source>
        <translation>Ouvrez un élément pour publier dans sa communauté.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>post</source>
        <translation>publication</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/layout.py" line="-1"/>
        <source>Done</source>
        <translation>Traité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs reply</source>
        <translation>À répondre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+53"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Items that arrived with the last sync; click to go to the top</source>
        <translation>Éléments arrivés lors de la dernière synchronisation&#xa0;; cliquez pour remonter en haut</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;b&gt;Views&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vues&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in views and the views you saved, with their counts</source>
        <translation>Vues intégrées et vues enregistrées, avec leur nombre d’éléments</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/pane.py" line="+141"/>
        <source>Something went wrong: {error}</source>
        <translation>Une erreur s’est produite&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>{n} items</source>
        <translation>{n} éléments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n}+ items, loading the rest…</source>
        <translation>{n}+ éléments, chargement de la suite…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This view shows: {what}.</source>
        <translation>Cette vue affiche&#xa0;: {what}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{n} new</source>
        <translation>{n} nouveaux</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/triaging.py" line="+37"/>
        <source>Select an item first.</source>
        <translation>Sélectionnez d’abord un élément.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{label}. Press U to undo.</source>
        <translation>{label}. Appuyez sur U pour annuler.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undone: {label}.</source>
        <translation>Annulé&#xa0;: {label}.</translation>
    </message>
</context>
<context>
    <name>InboxSidebar</name>
    <message>
        <location filename="../../gui/inbox/sidebar.py" line="+48"/>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
</context>
<context>
    <name>InboxViews</name>
    <message>
        <location filename="../../core/inbox/views.py" line="+46"/>
        <source>All new</source>
        <translation>Tous les nouveaux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything not triaged yet, but the team&apos;s own</source>
        <translation>Tout ce qui n’est pas encore trié, sauf ce qu’a publié l’équipe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs reply</source>
        <translation>À répondre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items you marked as needing an answer</source>
        <translation>Les éléments que vous avez marqués comme demandant une réponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assigned to me</source>
        <translation>Attribués à moi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open items assigned to you</source>
        <translation>Les éléments ouverts qui vous sont attribués</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open reports from members</source>
        <translation>Les signalements ouverts des membres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unanswered questions</source>
        <translation>Questions sans réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions with no reply from the team after {hours} hours</source>
        <translation>Les questions sans réponse de l’équipe après {hours} heures</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Snoozed</source>
        <translation>Reportés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to New when their time comes</source>
        <translation>Reviennent en Nouveau le moment venu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done</source>
        <translation>Traités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handled items</source>
        <translation>Les éléments traités</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All items in every state</source>
        <translation>Tous les éléments, dans tous les états</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <location filename="../../gui/inbox/detail.py" line="+98"/>
        <source>This item was deleted on the platform.</source>
        <translation>Cet élément a été supprimé sur la plateforme.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no text)</source>
        <translation>(aucun texte)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moderation by {who}: {action}</source>
        <translation>Modération par {who} : {action}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reason: {reason}</source>
        <translation>motif&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>told the author: {text}</source>
        <translation>message à l’auteur&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post by {who}: {text}</source>
        <translation>Publication de {who}&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply by {who}: {text}</source>
        <translation>Réponse de {who}&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error: {error}</source>
        <translation>Erreur&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+77"/>
        <source>Select an item to read it here.</source>
        <translation>Sélectionnez un élément pour le lire ici.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Load remote images</source>
        <translation>Charger les images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images from other sites are not loaded until you ask.</source>
        <translation>Les images d’autres sites ne sont chargées que si vous le demandez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply (R)</source>
        <translation>Répondre (R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open on platform</source>
        <translation>Ouvrir sur le site</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Retry sending</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark done by hand</source>
        <translation>Traité à la main</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>by {author}</source>
        <translation>par {author}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assigned to {name}</source>
        <translation>Attribué à {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags: {tags}</source>
        <translation>Étiquettes&#xa0;: {tags}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags: {flags}</source>
        <translation>Indicateurs&#xa0;: {flags}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Parent: </source>
        <translation>Parent&#xa0;: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No other items in this thread.</source>
        <translation>Aucun autre élément dans ce fil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No other items by this author.</source>
        <translation>Aucun autre élément de cet auteur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes ({n})</source>
        <translation>Notes ({n})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Replies ({n})</source>
        <translation>Réponses ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies ({n}, {failed} failed)</source>
        <translation>Réponses ({n}, {failed} en échec)</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../../core/accounts/secrets.py" line="+44"/>
        <source>No system keyring is available to store passwords and tokens, so accounts that need one cannot be saved. Keep them in an encrypted secrets file instead (Accounts › Where passwords are kept, or set {variable} for the command line), or install and unlock a system keyring (on Linux GNOME Keyring or KWallet: apt install gnome-keyring) and restart.</source>
        <translation>Aucun trousseau de clés système n’est disponible pour enregistrer mots de passe et jetons : les comptes qui en ont besoin ne peuvent pas être enregistrés. Conservez-les plutôt dans un fichier de secrets chiffré (Comptes › Où sont conservés les mots de passe, ou définissez {variable} pour la ligne de commande), ou installez et déverrouillez un trousseau de clés système (sous Linux GNOME Keyring ou KWallet : apt install gnome-keyring) puis redémarrez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passwords and tokens are in the encrypted secrets file {path}, which is locked. Give its passphrase (Accounts › Where passwords are kept, or {variable} for the command line).</source>
        <translation>Les mots de passe et jetons sont dans le fichier de secrets chiffré {path}, qui est verrouillé. Donnez sa phrase secrète (Comptes › Où sont conservés les mots de passe, ou {variable} pour la ligne de commande).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secrets are only kept in memory and would be lost at exit. {how_to_fix}</source>
        <translation>Les secrets ne sont conservés qu’en mémoire et seraient perdus à la fermeture. {how_to_fix}</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The secrets file {path} cannot be used: {error}</source>
        <translation>Le fichier de secrets {path} ne peut pas être utilisé : {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The keyring could not be used ({error}). Unlock it and try again, or keep passwords in the encrypted secrets file instead (Accounts › Where passwords are kept).</source>
        <translation>Le trousseau de clés n’a pas pu être utilisé ({error}). Déverrouillez-le et réessayez, ou conservez plutôt les mots de passe dans le fichier de secrets chiffré (Comptes › Où sont conservés les mots de passe).</translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <location filename="../../gui/events/detail.py" line="-107"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="+53"/>
        <location line="+303"/>
        <source>Community Workbench</source>
        <translation>Community Workbench</translation>
    </message>
    <message>
        <location line="-235"/>
        <location line="+217"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop syncing; the next sync resumes where this one stopped</source>
        <translation>Arrêter la synchronisation&#xa0;; la prochaine reprendra là où celle-ci s’est arrêtée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync all accounts</source>
        <translation>&amp;Synchroniser tous les comptes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import playbook…</source>
        <translation>Importer un playbook…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export playbook…</source>
        <translation>Exporter un playbook…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Full screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Plugins…</source>
        <translation>E&amp;xtensions…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Community Workbench</source>
        <translation>À &amp;propos de Community Workbench</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>About Community Workbench</source>
        <translation>À propos de Community Workbench</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Community Workbench {0}&lt;/h3&gt;&lt;p&gt;One workbench for all your communities.&lt;/p&gt;&lt;p&gt;Workspace: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Community Workbench {0}&lt;/h3&gt;&lt;p&gt;Un seul atelier pour toutes vos communautés.&lt;/p&gt;&lt;p&gt;Espace de travail&#xa0;: {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncing {0}…</source>
        <translation>Synchronisation de {0}…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Synced at {0}: %Ln new item(s)</source>
        <translation>
            <numerusform>Synchronisé à {0} : %Ln nouvel élément</numerusform>
            <numerusform>Synchronisé à {0} : %Ln nouveaux éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source> — needs attention: {0} (see Accounts)</source>
        <translation> — à vérifier&#xa0;: {0} (voir Comptes)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Last sync {0}</source>
        <translation>Dernière synchronisation&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync failed: {0}</source>
        <translation>Échec de la synchronisation&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>Moderation</name>
    <message>
        <location filename="../../core/moderation/actions.py" line="+285"/>
        <source>This platform keeps no moderator notes: the note is kept here only.</source>
        <translation>Cette plateforme ne conserve pas de notes de modération&#xa0;: la note est gardée ici uniquement.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The note is longer than 250 characters: it is kept whole here and not sent to the platform.</source>
        <translation>La note dépasse 250 caractères&#xa0;: elle est gardée en entier ici et n’est pas envoyée à la plateforme.</translation>
    </message>
</context>
<context>
    <name>ModerationPane</name>
    <message>
        <location filename="../../gui/moderation/pane.py" line="+72"/>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member notes</source>
        <translation>Notes membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter: words in the item, author or reason ( / )</source>
        <translation>Filtrer&#xa0;: mots de l’élément, auteur ou motif ( / )</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every report and flag across your communities in one queue. Decide with the buttons or their keys; select several entries to act on each.</source>
        <translation>Tous les signalements et alertes de vos communautés dans une seule file. Décidez avec les boutons ou leurs touches&#xa0;; sélectionnez plusieurs entrées pour agir sur chacune.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every source</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any severity</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium and high</source>
        <translation>Moyenne et haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High only</source>
        <translation>Haute uniquement</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>{0} open entries. Keys: A approve, R remove, S spam, W warn, B ban, N note, E escalate, D dismiss, C open a case, / filter.</source>
        <translation>{0} entrées ouvertes. Touches : A approuver, R retirer, S spam, W avertir, B bannir, N noter, E remonter, D ignorer, C ouvrir un dossier, / filtrer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The queue is empty: nothing reported or flagged waits for you. Reports from the platforms arrive with each sync; record one by hand with “Report this…”.</source>
        <translation>La file est vide&#xa0;: aucun élément signalé ou repéré ne vous attend. Les signalements des plateformes arrivent à chaque synchronisation&#xa0;; enregistrez-en un à la main avec «&#xa0;Signaler…&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The queue could not be read: {0}</source>
        <translation>Impossible de lire la file&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} entries selected: actions apply to each.</source>
        <translation>{0} entrées sélectionnées&#xa0;: les actions s’appliquent à chacune.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a case with these entries… (C)</source>
        <translation>Ouvrir un dossier avec ces entrées… (C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the platform&apos;s notes…</source>
        <translation>Lecture des notes de la plateforme…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} new note(s) from the platform.</source>
        <translation>{0} nouvelle(s) note(s) de la plateforme.</translation>
    </message>
</context>
<context>
    <name>ModerationQueue</name>
    <message>
        <location filename="../../gui/moderation/model.py" line="+25"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Signal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule: {0}</source>
        <translation>Règle&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source> (escalated)</source>
        <translation> (remonté)</translation>
    </message>
</context>
<context>
    <name>ModerationWords</name>
    <message>
        <location filename="../../gui/moderation/words.py" line="+23"/>
        <source>Platform report</source>
        <translation>Signalement plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member report</source>
        <translation>Signalement membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule detector</source>
        <translation>Détecteur de règle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn</source>
        <translation>Avertir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ban</source>
        <comment>decision: ban the author</comment>
        <translation>Bannir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <comment>decision: add a note</comment>
        <translation>Noter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate</source>
        <translation>Remonter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to send</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on the platform</source>
        <translation>Fait sur la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed (see Outbox)</source>
        <translation>Échec (voir Boîte d’envoi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do by hand</source>
        <translation>À faire à la main</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done by hand</source>
        <translation>Fait à la main</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <comment>note type</comment>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpful member</source>
        <translation>Membre serviable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solid contributor</source>
        <translation>Contributeur fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam watch</source>
        <translation>Surveillance spam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam warning</source>
        <translation>Avertissement spam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abuse warning</source>
        <translation>Avertissement abus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ban</source>
        <comment>note type</comment>
        <translation>Bannissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permanent ban</source>
        <translation>Bannissement définitif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot ban</source>
        <translation>Bannissement (bot)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>here</source>
        <translation>ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toolbox</source>
        <translation>Toolbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform</source>
        <translation>plateforme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As a reply</source>
        <translation>En réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a private message (modmail)</source>
        <translation>En message privé (modmail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not tell the author</source>
        <translation>Ne pas prévenir l’auteur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Oldest first</source>
        <translation>Plus anciens d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Plus récents d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most severe first</source>
        <translation>Plus graves d’abord</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} d</source>
        <translation>{0} j</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <location filename="../../gui/events/calendar/month.py" line="+210"/>
        <source>%n more event(s): click to see the day</source>
        <translation>
            <numerusform>%n autre événement&#xa0;: cliquez pour voir la journée</numerusform>
            <numerusform>%n autres événements&#xa0;: cliquez pour voir la journée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../gui/moderation/dialogs.py" line="+20"/>
        <source>Note on {0}</source>
        <translation>Note sur {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also keep it as the platform&apos;s mod note (250 characters)</source>
        <translation>La garder aussi comme note de modération de la plateforme (250 caractères)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../gui/moderation/notes_tab.py" line="+53"/>
        <source>A member&apos;s name, e.g. u/someone</source>
        <translation>Nom d’un membre, p. ex. u/pseudo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A new note (any length)</source>
        <translation>Nouvelle note (longueur libre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add note</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same person as…</source>
        <translation>Même personne que…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Toolbox usernotes…</source>
        <translation>Importer les usernotes Toolbox…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase this member…</source>
        <translation>Effacer ce membre…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No member of that name is stored.</source>
        <translation>Aucun membre de ce nom n’est enregistré.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Identities: {0}</source>
        <translation>Identités&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No notes yet.</source>
        <translation>Aucune note pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} note(s).</source>
        <translation>{0} note(s).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Same person</source>
        <translation>Même personne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The member&apos;s name on another platform:</source>
        <translation>Nom du membre sur une autre plateforme&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No other member of that name is stored.</source>
        <translation>Aucun autre membre de ce nom n’est enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Toolbox usernotes page</source>
        <translation>Page usernotes de Toolbox</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Toolbox usernotes</source>
        <translation>Importer les usernotes Toolbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The community these notes are for:</source>
        <translation>Communauté concernée par ces notes&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported {0} note(s) on {1} member(s); {2} were there already.</source>
        <translation>{0} note(s) importée(s) sur {1} membre(s)&#xa0;; {2} étaient déjà là.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Erase {0}?</source>
        <translation>Effacer {0}&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their notes and the text of every item they wrote are erased from this workspace for good, with those of every identity linked to them. This cannot be undone.</source>
        <translation>Ses notes et le texte de tous les éléments qu’il a écrits sont définitivement effacés de cet espace de travail, ainsi que ceux de toutes les identités qui lui sont liées. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Erased {0} note(s) and the text of {1} item(s).</source>
        <translation>{0} note(s) et le texte de {1} élément(s) effacés.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../core/outbox/actions.py" line="+277"/>
        <location filename="../../core/outbox/service.py" line="+170"/>
        <source>There is no outbox entry {id}.</source>
        <translation>Il n’y a pas d’entrée {id} dans la boîte d’envoi.</translation>
    </message>
    <message>
        <location filename="../../core/outbox/service.py" line="-128"/>
        <source>Interrupted while sending. Check on the platform whether it went out before retrying.</source>
        <translation>Interrompu pendant l’envoi. Vérifiez sur la plateforme si l’action est partie avant de relancer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{connector} cannot reply through its API.</source>
        <translation>{connector} ne peut pas répondre par son API.</translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <location filename="../../gui/panes.py" line="+163"/>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything your communities say, in one list to triage and answer.</source>
        <translation>Tout ce que disent vos communautés, dans une seule liste à trier et à traiter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts</source>
        <translation>Amorces</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A library of open questions to spark conversation in your communities.</source>
        <translation>Une bibliothèque de questions ouvertes pour lancer la discussion dans vos communautés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan webinars, workshops, Q&amp;As, live streams and polls, and promote them ahead.</source>
        <translation>Planifiez webinaires, ateliers, Q&amp;R, diffusions en direct et sondages, et faites-en la promotion à l’avance.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guidelines</source>
        <translation>Charte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each community&apos;s numbered rules, their detectors and versions.</source>
        <translation>Les règles numérotées de chaque communauté, leurs détecteurs et leurs versions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moderation</source>
        <translation>Modération</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One queue for every report, a log of every decision, notes on members.</source>
        <translation>Une file pour tous les signalements, un journal de toutes les décisions, des notes sur les membres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analytics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See how active and healthy each community is over time.</source>
        <translation>Suivez l’activité et la santé de chaque communauté dans le temps.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect your communities&apos; platforms and see how each sync went.</source>
        <translation>Connectez les plateformes de vos communautés et voyez le résultat de chaque synchronisation.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../gui/events/plan_view.py" line="+78"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before the start</source>
        <translation>avant le début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: the template&apos;s title</source>
        <translation>Vide&#xa0;: le titre du modèle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: the template, with {event} {date} {time} {link} {registration} {community} {recording} {prompt}</source>
        <translation>Vide&#xa0;: le modèle, avec {event} {date} {time} {link} {registration} {community} {recording} {prompt}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step:</source>
        <translation>Étape&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community:</source>
        <translation>Communauté&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When:</source>
        <translation>Quand&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add step</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove step</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual plan</source>
        <translation>Plan habituel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Announce 14 days before, remind 7 days and 1 day before, one hour before, follow up the day after</source>
        <translation>Annonce 14 jours avant, rappels 7 jours, 1 jour et une heure avant, suivi le lendemain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save plan</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue every step not sent yet in the outbox</source>
        <translation>Placer dans la boîte d’envoi toutes les étapes pas encore envoyées</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Follow a community (Accounts) to promote events in it.</source>
        <translation>Suivez une communauté (Comptes) pour y promouvoir des événements.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} after</source>
        <translation>{amount} après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} before</source>
        <translation>{amount} avant</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+58"/>
        <location line="+15"/>
        <location line="+17"/>
        <source>(after saving)</source>
        <translation>(après enregistrement)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the event&apos;s communities first (Event tab), then save it.</source>
        <translation>Choisissez d’abord les communautés de l’événement (onglet Événement), puis enregistrez-le.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n step(s) scheduled in the outbox.</source>
        <translation>
            <numerusform>%n étape programmée dans la boîte d’envoi.</numerusform>
            <numerusform>%n étapes programmées dans la boîte d’envoi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan saved.</source>
        <translation>Plan enregistré.</translation>
    </message>
</context>
<context>
    <name>PlaybookWords</name>
    <message>
        <location filename="../../gui/playbooks/words.py" line="+14"/>
        <source>Prompts</source>
        <translation>Amorces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidelines</source>
        <translation>Charte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event templates</source>
        <translation>Modèles d’événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal reasons</source>
        <translation>Motifs de retrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identical</source>
        <translation>Identique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated by the playbook</source>
        <translation>Mis à jour par le playbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
</context>
<context>
    <name>Playbooks</name>
    <message>
        <location filename="../../core/playbooks/checks.py" line="+46"/>
        <location line="+142"/>
        <source>{file}: {field} must be an object.</source>
        <translation>{file}&#xa0;: {field} doit être un objet.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>{file}: {field} has an unknown field “{key}”.</source>
        <translation>{file}&#xa0;: {field} contient un champ inconnu «&#xa0;{key}&#xa0;».</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+24"/>
        <source>{file}: {field} is missing.</source>
        <translation>{file}&#xa0;: {field} est absent.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>{file}: {field} must be text.</source>
        <translation>{file} : {field} doit être du texte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {field} is longer than {n} characters.</source>
        <translation>{file}&#xa0;: {field} dépasse {n} caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: {field} is empty.</source>
        <translation>{file}&#xa0;: {field} est vide.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file}: {field} must be a whole number.</source>
        <translation>{file}&#xa0;: {field} doit être un nombre entier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: {field} must be between {low} and {high}.</source>
        <translation>{file}&#xa0;: {field} doit être compris entre {low} et {high}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file}: {field} must be true or false.</source>
        <translation>{file}&#xa0;: {field} doit valoir true ou false.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}: {field} must be a list.</source>
        <translation>{file}&#xa0;: {field} doit être une liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {field} has more than {n} entries.</source>
        <translation>{file}&#xa0;: {field} a plus de {n} entrées.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}: {field} must be one of: {allowed}.</source>
        <translation>{file}&#xa0;: {field} doit être l’une de ces valeurs&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file}: {field} is not a key (letters, digits, “.”, “_”, “-”; at most 100).</source>
        <translation>{file}&#xa0;: {field} n’est pas une clé (lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;», «&#xa0;-&#xa0;»&#xa0;; 100 au maximum).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file}: not a Community Workbench playbook.</source>
        <translation>{file}&#xa0;: ce n’est pas un playbook Community Workbench.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: made by a newer Community Workbench (schema {found}; this one reads {known}).</source>
        <translation>{file}&#xa0;: créé par une version plus récente de Community Workbench (schéma {found}&#xa0;; celle-ci lit le {known}).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file}: the content does not match content_hash (altered since?).</source>
        <translation>{file}&#xa0;: le contenu ne correspond pas à content_hash (modifié depuis&#xa0;?).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file}: {field}: the key “{key}” is used twice.</source>
        <translation>{file}&#xa0;: {field}&#xa0;: la clé «&#xa0;{key}&#xa0;» est utilisée deux fois.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{file}: {field} must be an ISO-8601 time with its offset.</source>
        <translation>{file}&#xa0;: {field} doit être une heure ISO 8601 avec son décalage.</translation>
    </message>
    <message>
        <location filename="../../core/playbooks/items.py" line="+62"/>
        <location line="+28"/>
        <source>{file}: {field}: {why}</source>
        <translation>{file}&#xa0;: {field}&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../core/playbooks/reader.py" line="+45"/>
        <source>{file}: not a file.</source>
        <translation>{file}&#xa0;: ce n’est pas un fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>{file}: larger than 10 MB, not read.</source>
        <translation>{file}&#xa0;: plus de 10 Mo, non lu.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{file}: cannot be read ({why}).</source>
        <translation>{file}&#xa0;: lecture impossible ({why}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{file}: not UTF-8 text.</source>
        <translation>{file}&#xa0;: ce n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file}, line {line}: not valid JSON ({why}).</source>
        <translation>{file}, ligne {line}&#xa0;: JSON non valide ({why}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: not valid JSON.</source>
        <translation>{file}&#xa0;: JSON non valide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: holds text that is not valid Unicode.</source>
        <translation>{file}&#xa0;: contient du texte qui n’est pas de l’Unicode valide.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file}: nested more than {n} levels deep.</source>
        <translation>{file}&#xa0;: plus de {n} niveaux d’imbrication.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}: the key “{key}” appears twice in an object.</source>
        <translation>{file}&#xa0;: la clé «&#xa0;{key}&#xa0;» apparaît deux fois dans un objet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file}: {value} is not a JSON number.</source>
        <translation>{file}&#xa0;: {value} n’est pas un nombre JSON.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>{file}: a number is too large.</source>
        <translation>{file}&#xa0;: un nombre est trop grand.</translation>
    </message>
    <message>
        <location filename="../../core/playbooks/apply.py" line="+32"/>
        <source>{added} added, {updated} updated, {both} kept both, {kept} kept as they were, {identical} identical</source>
        <translation>{added} ajouté(s), {updated} mis à jour, {both} en deux versions, {kept} laissé(s) tel(s) quel(s), {identical} identique(s)</translation>
    </message>
    <message>
        <location filename="../../core/playbooks/export.py" line="+81"/>
        <source>{title}: too large for one playbook (at most {n} items per area, 10 MB): choose fewer items.</source>
        <translation>{title} : trop volumineux pour un seul playbook (au plus {n} éléments par domaine, 10 Mo) : choisissez moins d’éléments.</translation>
    </message>
</context>
<context>
    <name>PluginsDialog</name>
    <message>
        <location filename="../../gui/plugins/dialog.py" line="+43"/>
        <source>Plugins</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connectors found when the app started: built in, installed as Python packages (entry point “workbench.connectors”) or dropped into the plugin folder. This app provides plugin API {0}. Restart the app after adding or removing a plugin.</source>
        <translation>Connecteurs trouvés au démarrage de l’application&#xa0;: intégrés, installés comme paquets Python (point d’entrée «&#xa0;workbench.connectors&#xa0;») ou déposés dans le dossier des extensions. Cette application fournit l’API d’extension {0}. Redémarrez l’application après avoir ajouté ou retiré une extension.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API versions</source>
        <translation>Versions API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason skipped</source>
        <translation>Motif d’exclusion</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plugin folder: {0}</source>
        <translation>Dossier des extensions&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open plugin folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the folder in the file manager; it is created if missing</source>
        <translation>Afficher le dossier dans le gestionnaire de fichiers&#xa0;; il est créé s’il n’existe pas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>loaded</source>
        <translation>chargée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: incompatible</source>
        <translation>exclue&#xa0;: incompatible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped: failed</source>
        <translation>exclue&#xa0;: échec</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>built-in</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry point of package {0}</source>
        <translation>point d’entrée du paquet {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plugin folder: {0}</source>
        <translation>dossier des extensions&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{0} ({1}): {2}</source>
        <translation>{0} ({1})&#xa0;: {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason: {0}</source>
        <translation>Motif&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>PollForm</name>
    <message>
        <location filename="../../gui/events/poll_form.py" line="+17"/>
        <source>What should the community choose?</source>
        <translation>Que doit choisir la communauté&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question:</source>
        <translation>Question&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional</source>
        <translation>Facultative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option {number}:</source>
        <translation>Option {number}&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs for:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PollResults</name>
    <message>
        <location filename="../../gui/events/poll_results.py" line="+53"/>
        <source>Post the poll</source>
        <translation>Publier le sondage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No results yet.</source>
        <translation>Pas encore de résultats.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync results</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the votes of the polls posted natively</source>
        <translation>Lire les votes des sondages publiés nativement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save counted votes</source>
        <translation>Enregistrer les votes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Posted in:</source>
        <translation>Publié dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Votes:</source>
        <translation>Votes&#xa0;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not posted yet.</source>
        <translation>Pas encore publié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>synced</source>
        <translation>synchronisés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entered</source>
        <translation>saisis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} votes ({source}):</source>
        <translation>{total} votes ({source})&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>being posted</source>
        <translation>publication en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>native poll</source>
        <translation>sondage natif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>post listing the options</source>
        <translation>publication listant les options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the event&apos;s communities first.</source>
        <translation>Choisissez d’abord les communautés de l’événement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Poll: {state}.</source>
        <translation>Sondage&#xa0;: {state}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Votes saved.</source>
        <translation>Votes enregistrés.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/preferences.py" line="+38"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync automatically every</source>
        <translation>Synchroniser automatiquement toutes les</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time you start the app.</source>
        <translation>Le changement de langue s’applique au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workspace folder</source>
        <translation>Dossier de l’espace de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with --data-dir or WORKBENCH_DATA_DIR to use another folder.</source>
        <translation>Lancez l’application avec --data-dir ou WORKBENCH_DATA_DIR pour utiliser un autre dossier.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../gui/playbooks/preview_model.py" line="+58"/>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On import</source>
        <translation>À l’import</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From %1</source>
        <translation>Provenance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to do</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
</context>
<context>
    <name>PromptActions</name>
    <message>
        <location filename="../../gui/prompts/actions.py" line="+27"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to search the prompts</source>
        <translation>Tapez pour rechercher dans les amorces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a new prompt, with the coach</source>
        <translation>Écrire une nouvelle amorce, avec le coach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected prompt</source>
        <translation>Modifier l’amorce sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a copy of the prompt to change</source>
        <translation>Faire une copie de l’amorce pour la modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark or unmark as a favourite</source>
        <translation>Ajouter aux favoris ou retirer des favoris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive the prompt (or bring it back)</source>
        <translation>Archiver l’amorce (ou la restaurer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use…</source>
        <translation>Utiliser…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post the prompt in a community, now or later; Enter in the list too</source>
        <translation>Publier l’amorce dans une communauté, maintenant ou plus tard&#xa0;; aussi avec Entrée dans la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest…</source>
        <translation>Suggérer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts that fit a community and were not used there lately</source>
        <translation>Amorces adaptées à une communauté et pas utilisées récemment dans celle-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results…</source>
        <translation>Résultats…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How prompts did, per prompt and per community</source>
        <translation>Résultats des amorces, par amorce et par communauté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import prompts…</source>
        <translation>Importer des amorces…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the prompts of a file (one JSON object per line)</source>
        <translation>Ajouter les amorces d’un fichier (un objet JSON par ligne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the Prompts pane&apos;s keys</source>
        <translation>Afficher les touches du volet Amorces</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enter: use the selected prompt</source>
        <translation>Entrée&#xa0;: utiliser l’amorce sélectionnée</translation>
    </message>
</context>
<context>
    <name>PromptDetail</name>
    <message>
        <location filename="../../gui/prompts/detail.py" line="+65"/>
        <source>Select a prompt to see it here, or press N to write one.</source>
        <translation>Sélectionnez une amorce pour l’afficher ici, ou appuyez sur N pour en écrire une.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;In the other language&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dans l’autre langue&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open it</source>
        <translation>L’ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Results per community&lt;/b&gt;</source>
        <translation>&lt;b&gt;Résultats par communauté&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not used yet. Press U to use it, S for suggestions.</source>
        <translation>Pas encore utilisée. Appuyez sur U pour l’utiliser, sur S pour des suggestions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Latest uses&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dernières utilisations&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>bundled</source>
        <translation>fournie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your own</source>
        <translation>la vôtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★ favourite</source>
        <translation>★ favori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archived</source>
        <translation>archivée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>variables: {names}</source>
        <translation>variables&#xa0;: {names}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{community}: used {uses}×, {members} members replied, {replies} replies, score {score}</source>
        <translation>{community}&#xa0;: utilisée {uses}×, {members} membres ont répondu, {replies} réponses, score {score}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{replies} replies from {members} members</source>
        <translation>{replies} réponses de {members} membres</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <location filename="../../gui/prompts/editor.py" line="+72"/>
        <source>Edit prompt</source>
        <translation>Modifier l’amorce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New prompt</source>
        <translation>Nouvelle amorce</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect from the text</source>
        <translation>Détecter d’après le texte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An open question, e.g. What is one thing you learned about {topic} this week?</source>
        <translation>Une question ouverte, p. ex. Qu’avez-vous appris sur {topic} cette semaine&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Community types</source>
        <translation>Types de communauté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purposes</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A bundled prompt: once you edit it, it is yours and updates of the bundled library leave it as you wrote it.</source>
        <translation>Amorce fournie&#xa0;: dès que vous la modifiez, elle devient la vôtre et les mises à jour de la bibliothèque fournie la laissent telle que vous l’avez écrite.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>PromptFilters</name>
    <message>
        <location filename="../../gui/prompts/filters.py" line="+34"/>
        <source>Search prompts (/)</source>
        <translation>Rechercher des amorces (/)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any community type</source>
        <translation>Tout type de communauté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any purpose</source>
        <translation>Tout objectif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any language</source>
        <translation>Toute langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Favourites only</source>
        <translation>Favoris uniquement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show archived</source>
        <translation>Voir les archivées</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Community type</source>
        <translation>Type de communauté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Find a prompt&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trouver une amorce&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PromptListModel</name>
    <message>
        <location filename="../../gui/prompts/model.py" line="+54"/>
        <source>★</source>
        <translation>★</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>Amorce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lang.</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community types</source>
        <translation>Types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses</source>
        <translation>Usages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>How well the prompt did where it was used (see Results)</source>
        <translation>Les résultats de l’amorce là où elle a été utilisée (voir Résultats)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{text} (archived)</source>
        <translation>{text} (archivée)</translation>
    </message>
</context>
<context>
    <name>PromptOperations</name>
    <message>
        <location filename="../../gui/prompts/operations.py" line="+50"/>
        <source>Prompts keyboard shortcuts</source>
        <translation>Raccourcis clavier des amorces</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Prompt added.</source>
        <translation>Amorce ajoutée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Prompt saved.</source>
        <translation>Amorce enregistrée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A copy to change: press E to edit it.</source>
        <translation>Une copie à modifier&#xa0;: appuyez sur E pour la modifier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Marked as a favourite.</source>
        <translation>Ajoutée aux favoris.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No longer a favourite.</source>
        <translation>Retirée des favoris.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Archived: tick Show archived to see it again.</source>
        <translation>Archivée&#xa0;: cochez Voir les archivées pour la revoir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back in the library.</source>
        <translation>De retour dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import prompts</source>
        <translation>Importer des amorces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt files (*.jsonl *.json *.txt);;All files (*)</source>
        <translation>Fichiers d’amorces (*.jsonl *.json *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: {added} added, {already} already there.</source>
        <translation>{file}&#xa0;: {added} ajoutée(s), {already} déjà présente(s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused ({n}): {lines}</source>
        <translation>Refusées ({n})&#xa0;: {lines}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing imported: {error}</source>
        <translation>Rien n’a été importé&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>PromptWords</name>
    <message>
        <location filename="../../gui/prompts/words.py" line="+19"/>
        <source>Icebreaker</source>
        <translation>Brise-glace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show and tell</source>
        <translation>Partage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debate</source>
        <translation>Débat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onboarding</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event follow-up</source>
        <translation>Suivi d’événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live Q&amp;A</source>
        <translation>Q&amp;R en direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly thread</source>
        <translation>Fil hebdomadaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Posted</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled (waits in the outbox)</source>
        <translation>Programmée (attend dans la boîte d’envoi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To post by hand</source>
        <translation>À publier à la main</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted by hand</source>
        <translation>Publiée à la main</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted; its replies are counted</source>
        <translation>Publiée&#xa0;; ses réponses sont comptées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken back</source>
        <translation>Reprise</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../core/prompts/outcomes.py" line="+32"/>
        <source>Score: 3 points for each member who replied, 1 point for each member reply, and 2 more points when the first member answered within an hour (1 within a day). Replies from the team do not count. A prompt&apos;s score is the average over its posts that came back with a sync.</source>
        <translation>Score&#xa0;: 3 points par membre ayant répondu, 1 point par réponse d’un membre, et 2 points de plus quand le premier membre a répondu en moins d’une heure (1 en moins d’un jour). Les réponses de l’équipe ne comptent pas. Le score d’une amorce est la moyenne de ses publications revenues avec une synchronisation.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>No score yet: none of its {uses} posts has come back with a sync.</source>
        <translation>Pas encore de score&#xa0;: aucune de ses {uses} publications n’est revenue avec une synchronisation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{score} on average over {linked} posts. {how}</source>
        <translation>{score} en moyenne sur {linked} publications. {how}</translation>
    </message>
    <message>
        <location filename="../../core/prompts/suggest.py" line="+43"/>
        <source>Score {score} from {uses} earlier uses; not used here lately.</source>
        <translation>Score {score} sur {uses} utilisations passées&#xa0;; pas utilisée ici récemment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not tried yet: one suggestion in five is a new prompt, so new ones get a chance.</source>
        <translation>Pas encore essayée&#xa0;: une suggestion sur cinq est une nouvelle amorce, pour laisser leur chance aux nouvelles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not tried yet: too few prompts have results here, so new ones fill the list.</source>
        <translation>Pas encore essayée&#xa0;: trop peu d’amorces ont des résultats ici, la liste est donc complétée par des nouvelles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used before, no result yet: its posts have not come back with a sync.</source>
        <translation>Déjà utilisée, pas encore de résultat&#xa0;: ses publications ne sont pas revenues avec une synchronisation.</translation>
    </message>
    <message>
        <location filename="../../core/prompts/uses.py" line="+61"/>
        <source>{time} has passed. Post it now instead?</source>
        <translation>L’heure choisie ({time}) est passée. La publier maintenant&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../core/prompts/variables.py" line="+23"/>
        <source>Fill in {{{name}}} before using this prompt.</source>
        <translation>Renseignez {{{name}}} avant d’utiliser cette amorce.</translation>
    </message>
</context>
<context>
    <name>PromptsPane</name>
    <message>
        <location filename="../../gui/prompts/layout.py" line="+63"/>
        <source>Prompts</source>
        <translation>Amorces</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../gui/prompts/pane.py" line="+100"/>
        <source>Something went wrong: {error}</source>
        <translation>Une erreur s’est produite&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%Ln prompt(s)</source>
        <translation>
            <numerusform>%Ln amorce</numerusform>
            <numerusform>%Ln amorces</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first {n} prompts: narrow the search to see others</source>
        <translation>Les {n} premières amorces&#xa0;: affinez la recherche pour voir les autres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No prompt matches these filters.</source>
        <translation>Aucune amorce ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Unfavourite</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
</context>
<context>
    <name>RecurrenceForm</name>
    <message>
        <location filename="../../gui/events/recurrence_form.py" line="+47"/>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom rule (RRULE)</source>
        <translation>Règle personnalisée (RRULE)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> times</source>
        <translation> occurrences</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. FREQ=MONTHLY;BYDAY=2TU</source>
        <translation>p. ex. FREQ=MONTHLY;BYDAY=2TU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats:</source>
        <translation>Répétition&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interval:</source>
        <translation>Intervalle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On:</source>
        <translation>Jours&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule:</source>
        <translation>Règle&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>tous les %n jour</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>toutes les %n semaine</numerusform>
            <numerusform>toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>tous les %n mois</numerusform>
            <numerusform>tous les %n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderButton</name>
    <message>
        <location filename="../../gui/reminders.py" line="+89"/>
        <source>Posts to make by hand and events that have fallen due</source>
        <translation>Publications à faire à la main et événements arrivés à échéance</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n rappel</numerusform>
            <numerusform>%n rappels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (et %n autre)</numerusform>
            <numerusform> (et %n autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../core/events/reminders.py" line="+18"/>
        <source>An event is about to start</source>
        <translation>Un événement va commencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An event has started</source>
        <translation>Un événement a commencé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A promotion post is due</source>
        <translation>Une publication de promotion arrive à échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A promotion post failed</source>
        <translation>Une publication de promotion a échoué</translation>
    </message>
    <message>
        <location filename="../../core/reminders.py" line="+44"/>
        <source>A post to make by hand is due</source>
        <translation>Une publication à faire à la main arrive à échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reply to make by hand is due</source>
        <translation>Une réponse à faire à la main arrive à échéance</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../../gui/reminders.py" line="-81"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These fell due and need you. Mark them as seen when you have dealt with them.</source>
        <translation>Ces rappels sont arrivés à échéance et vous attendent. Marquez-les comme vus une fois traités.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mark all as seen</source>
        <translation>Tout marquer comme vu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../../gui/moderation/dialogs.py" line="-84"/>
        <source>Remove {0} item(s)</source>
        <translation>Retirer {0} élément(s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No removal reason</source>
        <translation>Aucun motif de retrait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reddit: </source>
        <translation>Reddit&#xa0;: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fills {reason} in the template</source>
        <translation>remplace {reason} dans le modèle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removal reason:</source>
        <translation>Motif de retrait&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason text:</source>
        <translation>Texte du motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the author:</source>
        <translation>Prévenir l’auteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The author reads:</source>
        <translation>L’auteur lira&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <location filename="../../gui/inbox/composer.py" line="+56"/>
        <source>Mark done</source>
        <translation>Marquer traité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Copied. Paste it on the page that opened, then click Mark done.</source>
        <translation>Copié. Collez-le sur la page qui s’est ouverte, puis cliquez sur Marquer traité.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Write your reply…</source>
        <translation>Écrivez votre réponse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply goes to the outbox and out a few seconds after you send it (Undo takes it back); offline, with the next sync of {account}.</source>
        <translation>La réponse passe par la boîte d’envoi et part quelques secondes après l’envoi (Annuler la reprend)&#xa0;; hors ligne, à la prochaine synchronisation de {account}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy text and open on platform</source>
        <translation>Copier et ouvrir sur la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This platform cannot take replies from the app. Copy your text, paste it on the page that opens, post it there, then click Mark done. The reply is kept in the item&apos;s history.</source>
        <translation>Cette plateforme n’accepte pas les réponses envoyées depuis l’application. Copiez votre texte, collez-le sur la page qui s’ouvre, publiez-le, puis cliquez sur Marquer traité. La réponse est conservée dans l’historique de l’élément.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This account&apos;s connector cannot reply.</source>
        <translation>Le connecteur de ce compte ne peut pas répondre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reply to {author}</source>
        <translation>Répondre à {author}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replying in {community} to: {text}</source>
        <translation>Réponse dans {community} à&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Private moderator note (the member does not see it)</source>
        <translation>Note privée de modération (invisible pour le membre)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>What would you like to ask or share?</source>
        <translation>Que souhaitez-vous demander ou partager&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post (Ctrl+Enter)</source>
        <translation>Publier (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The post goes to the outbox and out with the next sync.</source>
        <translation>La publication passe par la boîte d’envoi et part à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy text and open the community</source>
        <translation>Copier et ouvrir la communauté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This community cannot take posts from the app: paste your text on the page that opens, post it, then click Mark done.</source>
        <translation>Cette communauté n’accepte pas les publications envoyées depuis l’application&#xa0;: collez votre texte sur la page qui s’ouvre, publiez-le, puis cliquez sur Marquer traité.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account&apos;s connector cannot post.</source>
        <translation>Le connecteur de ce compte ne peut pas publier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New post in {community}</source>
        <translation>Nouvelle publication dans {community}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title (an open question works best)</source>
        <translation>Titre (une question ouverte fonctionne le mieux)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../gui/moderation/dialogs.py" line="+77"/>
        <source>Report this item</source>
        <translation>Signaler cet élément</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who told you about it, and why. It joins the moderation queue.</source>
        <translation>Qui vous l’a signalé, et pourquoi. Le signalement rejoint la file de modération.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reported by:</source>
        <translation>Signalé par&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <location filename="../../gui/prompts/results.py" line="+163"/>
        <source>Prompt results</source>
        <translation>Résultats des amorces</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Per prompt</source>
        <translation>Par amorce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per prompt and community</source>
        <translation>Par amorce et communauté</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;b&gt;What the score says&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce que dit le score&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} rows; click a column to sort</source>
        <translation>{n} lignes&#xa0;; cliquez sur une colonne pour trier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No prompt has been used yet.</source>
        <translation>Aucune amorce n’a encore été utilisée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not load the results: {error}</source>
        <translation>Impossible de charger les résultats&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location line="-184"/>
        <source>Prompt</source>
        <translation>Amorce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses</source>
        <translation>Usages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By members</source>
        <translation>Des membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the team</source>
        <translation>De l’équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1st reply</source>
        <translation>1re réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How many times it was posted</source>
        <translation>Nombre de fois où elle a été publiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distinct members who replied, added up over its posts</source>
        <translation>Membres distincts ayant répondu, additionnés sur ses publications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every reply to its posts</source>
        <translation>Toutes les réponses à ses publications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies by members (what counts as success)</source>
        <translation>Réponses des membres (ce qui compte comme un succès)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies by your team (they do not count towards the score)</source>
        <translation>Réponses de votre équipe (elles ne comptent pas dans le score)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes to the first member reply (the median)</source>
        <translation>Minutes avant la première réponse d’un membre (médiane)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hover a row, or select it, to read how the score is made</source>
        <translation>Survolez ou sélectionnez une ligne pour voir comment le score est calculé</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../../gui/guidelines/rule_editor.py" line="+37"/>
        <source>Edit rule</source>
        <translation>Modifier la règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the rule means and why (Markdown)</source>
        <translation>Ce que signifie la règle et pourquoi (Markdown)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>One example per line</source>
        <translation>Un exemple par ligne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run the detectors on new items at each sync</source>
        <translation>Lancer les détecteurs sur les nouveaux éléments à chaque synchronisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action on a hit</source>
        <translation>Action si détecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal reason</source>
        <translation>Motif de retrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detectors</source>
        <translation>Détecteurs</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../core/inbox/search.py" line="+100"/>
        <source>The search was cut to its first {n} characters.</source>
        <translation>La recherche a été coupée à ses {n} premiers caractères.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Only the first {n} search terms were used.</source>
        <translation>Seuls les {n} premiers termes de recherche ont été utilisés.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type letters or numbers to search; punctuation alone matches nothing.</source>
        <translation>Tapez des lettres ou des chiffres pour rechercher ; la ponctuation seule ne trouve rien.</translation>
    </message>
    <message>
        <location filename="../../core/inbox/service.py" line="+78"/>
        <source>This search could not be run ({error}).</source>
        <translation>Cette recherche n’a pas pu être lancée ({error}).</translation>
    </message>
</context>
<context>
    <name>SecretsDialog</name>
    <message>
        <location filename="../../gui/accounts/secrets_dialog.py" line="+33"/>
        <source>The encrypted secrets file is locked: unlock it to use passwords.</source>
        <translation>Le fichier chiffré des secrets est verrouillé&#xa0;: déverrouillez-le pour utiliser les mots de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passwords and tokens cannot be saved: this computer has no system keyring.</source>
        <translation>Impossible d’enregistrer les mots de passe et les jetons&#xa0;: cet ordinateur n’a pas de trousseau de clés système.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where passwords and tokens are kept</source>
        <translation>Où sont conservés les mots de passe et les jetons</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep them in an encrypted file on this computer instead. Choose a passphrase: it is asked once each time the app starts and is never saved anywhere. Without it the file cannot be opened, so keep it somewhere safe.</source>
        <translation>Conservez-les plutôt dans un fichier chiffré sur cet ordinateur. Choisissez une phrase secrète&#xa0;: elle est demandée une fois à chaque démarrage de l’application et n’est jamais enregistrée nulle part. Sans elle, le fichier ne peut pas être ouvert&#xa0;: gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your passwords and tokens are in the encrypted secrets file {0}. Give its passphrase to use them.</source>
        <translation>Vos mots de passe et jetons sont dans le fichier chiffré des secrets {0}. Saisissez sa phrase secrète pour les utiliser.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase again</source>
        <translation>Confirmer la phrase secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use an encrypted file</source>
        <translation>Utiliser un fichier chiffré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Or install a system keyring and restart the app: on Linux, GNOME Keyring (apt install gnome-keyring) or KWallet, unlocked when you log in. Windows and macOS have one built in.</source>
        <translation>Ou installez un trousseau de clés système et redémarrez l’application&#xa0;: sous Linux, GNOME Keyring (apt install gnome-keyring) ou KWallet, déverrouillé à l’ouverture de session. Windows et macOS en ont un intégré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Continue without saving passwords</source>
        <translation>Continuer sans enregistrer les mots de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now (passwords stay locked)</source>
        <translation>Pas maintenant (les mots de passe restent verrouillés)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passwords and tokens are kept in {0}.</source>
        <translation>Les mots de passe et les jetons sont conservés dans {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passwords and tokens are kept in memory only (a test setting) and are forgotten when the app quits.</source>
        <translation>Les mots de passe et les jetons sont conservés en mémoire uniquement (réglage de test) et oubliés à la fermeture de l’application.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted secrets file is locked.</source>
        <translation>Le fichier chiffré des secrets est verrouillé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system keyring is available, so passwords and tokens cannot be saved: accounts that need one cannot be added or signed in.</source>
        <translation>Aucun trousseau de clés système n’est disponible, les mots de passe et les jetons ne peuvent donc pas être enregistrés&#xa0;: les comptes qui en ont besoin ne peuvent être ni ajoutés ni connectés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✘ Type a passphrase first.</source>
        <translation>✘ Saisissez d’abord une phrase secrète.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✘ The two passphrases differ.</source>
        <translation>✘ Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the file…</source>
        <translation>Création du fichier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>✘ {0}</source>
        <translation>✘ {0}</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../gui/accounts/settings_form.py" line="+64"/>
        <source>Show advanced settings</source>
        <translation>Afficher les réglages avancés</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Saved — leave empty to keep</source>
        <translation>Enregistré — laissez vide pour le conserver</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../../gui/prompts/suggest_dialog.py" line="+53"/>
        <source>Suggest for this community</source>
        <translation>Suggestions pour cette communauté</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prompts that fit the community&apos;s type and were not used there lately, best results first, with a few untried ones mixed in to learn what works.</source>
        <translation>Amorces adaptées au type de la communauté et pas utilisées récemment dans celle-ci, meilleurs résultats en premier, avec quelques amorces jamais essayées pour découvrir ce qui fonctionne.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use…</source>
        <translation>Utiliser…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No community yet: add an account and sync it first.</source>
        <translation>Aucune communauté pour l’instant&#xa0;: ajoutez d’abord un compte et synchronisez-le.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No community type set: prompts of every type are suggested.</source>
        <translation>Aucun type de communauté défini&#xa0;: des amorces de tous types sont suggérées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>[untried] </source>
        <translation>[jamais essayée] </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln suggestion(s)</source>
        <translation>
            <numerusform>%Ln suggestion</numerusform>
            <numerusform>%Ln suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{suggestions}, %Ln untried here.</source>
        <translation>
            <numerusform>{suggestions}, dont %Ln jamais essayée ici.</numerusform>
            <numerusform>{suggestions}, dont %Ln jamais essayées ici.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to suggest: every fitting prompt was used here lately.</source>
        <translation>Rien à suggérer&#xa0;: toutes les amorces adaptées ont été utilisées ici récemment.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not suggest: {error}</source>
        <translation>Suggestion impossible&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../core/sync/engine.py" line="+70"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The {connector} connector failed: {error}</source>
        <translation>Le connecteur {connector} a échoué : {error}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>“{name}” is syncing: stop the sync or wait, then remove it.</source>
        <translation>« {name} » est en cours de synchronisation : arrêtez la synchronisation ou attendez, puis retirez-le.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another sync of this workspace is running ({who}): wait for it to finish, then remove the account.</source>
        <translation>Une autre synchronisation de cet espace de travail est en cours ({who}) : attendez qu’elle se termine, puis retirez le compte.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A sync of this account is already running.</source>
        <translation>Une synchronisation de ce compte est déjà en cours.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The account is disabled.</source>
        <translation>Le compte est désactivé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled before it started.</source>
        <translation>Annulée avant d’avoir commencé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rate-limited until {time}.</source>
        <translation>Limite de requêtes atteinte jusqu’à {time}.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cancelled; will resume.</source>
        <translation>Annulée ; elle reprendra.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{n} action(s) could not be sent.</source>
        <translation>Échec de l’envoi de {n} action(s).</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Sign in again.</source>
        <translation>Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>SyncAuthNeeded</name>
    <message>
        <location line="-369"/>
        <source>{error}</source>
        <extracomment>English shows the connector&apos;s own sentence alone; other languages may say &quot;sign in again&quot; around it (the sentence itself stays untranslated).</extracomment>
        <translation>Reconnexion nécessaire. Le connecteur indique : {error}</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../gui/sync_controller.py" line="+116"/>
        <source>another program is syncing this workspace; try again later</source>
        <translation>un autre programme synchronise cet espace de travail&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another program (process {0}, since {1}) is syncing this workspace; try again when it has finished</source>
        <translation>un autre programme (processus {0}, depuis {1}) synchronise cet espace de travail&#xa0;; réessayez quand il aura terminé</translation>
    </message>
</context>
<context>
    <name>SyncFailed</name>
    <message>
        <location filename="../../core/sync/engine.py" line="+10"/>
        <source>{error}</source>
        <extracomment>English shows the connector&apos;s own sentence alone; other languages may say &quot;the sync failed&quot; around it (the sentence itself stays untranslated).</extracomment>
        <translation>La synchronisation a échoué. Le connecteur indique : {error}</translation>
    </message>
</context>
<context>
    <name>SyncLock</name>
    <message>
        <location filename="../../core/sync/lock.py" line="+50"/>
        <source>this process</source>
        <translation>ce processus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>process {pid}</source>
        <translation>processus {pid}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another process</source>
        <translation>un autre processus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who}, started {time}</source>
        <translation>{who}, démarré à {time}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A sync of this workspace is already running ({who}). Wait for it to finish, or stop it, and sync again.</source>
        <translation>Une synchronisation de cet espace de travail est déjà en cours ({who}). Attendez qu’elle se termine, ou arrêtez-la, puis synchronisez à nouveau.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The sync lock {path} cannot be opened: {error}.</source>
        <translation>Le verrou de synchronisation {path} ne peut pas être ouvert : {error}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sync lock {path} cannot be taken: {error}.</source>
        <translation>Le verrou de synchronisation {path} ne peut pas être pris : {error}.</translation>
    </message>
</context>
<context>
    <name>SyncRateLimited</name>
    <message>
        <location filename="../../core/sync/engine.py" line="-4"/>
        <source>{error}</source>
        <extracomment>English shows the connector&apos;s own sentence alone; other languages may say &quot;rate-limited&quot; around it (the sentence itself stays untranslated).</extracomment>
        <translation>Limite de requêtes atteinte. Le connecteur indique : {error}</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <location filename="../../core/inbox/triage.py" line="+23"/>
        <source>Mark new</source>
        <translation>Marquer nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark needs reply</source>
        <translation>Marquer à répondre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark waiting</source>
        <translation>Marquer en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done</source>
        <translation>Marquer traité</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{action} (1 item)</source>
        <translation>{action} (1 élément)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{action} ({n} items)</source>
        <translation>{action} ({n} éléments)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set priority</source>
        <translation>Définir la priorité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassign</source>
        <translation>Retirer l’attribution</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag (nothing to do)</source>
        <translation>Étiqueter (rien à faire)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag “{tag}”</source>
        <translation>Étiqueter «&#xa0;{tag}&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove tag “{tag}”</source>
        <translation>Retirer l’étiquette «&#xa0;{tag}&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
</context>
<context>
    <name>UseDialog</name>
    <message>
        <location filename="../../gui/prompts/use_dialog.py" line="+87"/>
        <source>Use this prompt</source>
        <translation>Utiliser cette amorce</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This platform&apos;s posts have a title; empty: the question&apos;s first line</source>
        <translation>Les publications de cette plateforme ont un titre&#xa0;; vide&#xa0;: la première ligne de la question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post now</source>
        <comment>choice: post at once, not later</comment>
        <translation>Publier maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule for</source>
        <translation>Programmer le</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>your time ({zone})</source>
        <translation>votre heure ({zone})</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+92"/>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open community</source>
        <translation>Ouvrir la communauté</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No community yet: add an account and sync it first.</source>
        <translation>Aucune communauté pour l’instant&#xa0;: ajoutez d’abord un compte et synchronisez-le.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{when} has passed. Post it now instead? Click again to post now.</source>
        <translation>L’heure choisie ({when}) est passée. La publier maintenant&#xa0;? Cliquez à nouveau pour publier tout de suite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post now</source>
        <comment>button: post at once</comment>
        <translation>Publier maintenant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scheduling…</source>
        <translation>Programmation…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not use the prompt: {error}</source>
        <translation>Impossible d’utiliser l’amorce&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scheduled for {when} (your time).</source>
        <translation>Programmée pour {when} (votre heure).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting in the outbox: it goes out with the next sync.</source>
        <translation>En attente dans la boîte d’envoi&#xa0;: elle partira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This community takes no posts from the app. Copy the text, open the community, post it there, then mark it done in the outbox.</source>
        <translation>Cette communauté n’accepte pas les publications envoyées depuis l’application. Copiez le texte, ouvrez la communauté, publiez-le, puis marquez-le comme traité dans la boîte d’envoi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At {when} a reminder asks you to.</source>
        <translation>À {when}, un rappel vous le demandera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Posted. Its replies are counted in Results after the next syncs.</source>
        <translation>Publiée. Ses réponses seront comptées dans Résultats après les prochaines synchronisations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform refused the post; retry it from the outbox.</source>
        <translation>La plateforme a refusé la publication&#xa0;; réessayez depuis la boîte d’envoi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copied. Paste it in the community, then mark it done in the outbox.</source>
        <translation>Copié. Collez-le dans la communauté, puis marquez-le comme traité dans la boîte d’envoi.</translation>
    </message>
</context>
<context>
    <name>VariablesForm</name>
    <message>
        <location filename="../../gui/prompts/variables_form.py" line="+30"/>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aperçu&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>what the question is about</source>
        <translation>le sujet de la question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event&apos;s name</source>
        <translation>le nom de l’événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the community&apos;s name</source>
        <translation>le nom de la communauté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date, e.g. Friday 12 June</source>
        <translation>une date, p. ex. vendredi 12 juin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a member&apos;s name</source>
        <translation>le nom d’un membre</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Fill in {names} to use this prompt.</source>
        <translation>Renseignez {names} pour utiliser cette amorce.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../gui/guidelines/versions.py" line="+45"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Why v{0}: {1}</source>
        <translation>Pourquoi la v{0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>WarnDialog</name>
    <message>
        <location filename="../../gui/moderation/dialogs.py" line="-45"/>
        <source>Warn the author(s) of {0} item(s)</source>
        <translation>Avertir l’auteur ou les auteurs de {0} élément(s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning:</source>
        <translation>Avertissement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send:</source>
        <translation>Envoi&#xa0;:</translation>
    </message>
</context>
<context>
    <name>WeeklyReport</name>
    <message>
        <location filename="../../gui/analytics/weekly_pdf.py" line="+32"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads started</source>
        <translation>Fils lancés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered</source>
        <translation>Avec réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median first reply</source>
        <translation>Délai médian de 1re réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unanswered questions</source>
        <translation>Questions sans réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New / returning members</source>
        <translation>Nouveaux membres / membres fidèles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Moderation actions</source>
        <translation>Actions de modération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports handled</source>
        <translation>Signalements traités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{handled} of {reports}</source>
        <translation>{handled} sur {reports}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Median time to handle</source>
        <translation>Délai médian de traitement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members replying to prompts</source>
        <translation>Membres ayant répondu aux amorces</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Community report</source>
        <translation>Rapport de communauté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of {first} to {last} · {communities}</source>
        <translation>Semaine du {first} au {last} · {communities}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made on {when} by Community Workbench, from the local store</source>
        <translation>Généré le {when} par Community Workbench, à partir des données locales</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../gui/words.py" line="+40"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs reply</source>
        <translation>À répondre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Traité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mention</source>
        <translation>Mention</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional network</source>
        <translation>Réseau professionnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest / social</source>
        <translation>Centre d’intérêt / social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community of practice</source>
        <translation>Communauté de pratique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>approve</source>
        <translation>approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove</source>
        <translation>retrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark as spam</source>
        <translation>marquage comme spam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock</source>
        <translation>verrouillage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlock</source>
        <translation>déverrouillage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hide</source>
        <translation>masquage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unhide</source>
        <translation>réaffichage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting to be sent (goes out with the next sync)</source>
        <translation>En attente d’envoi (part à la prochaine synchronisation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do by hand on the platform</source>
        <translation>À faire à la main sur la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done by hand</source>
        <translation>Fait à la main</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reply sent.</source>
        <translation>Réponse envoyée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted.</source>
        <translation>Publié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on the platform.</source>
        <translation>Fait sur la plateforme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No connection: the reply waits in the outbox and goes out with the next sync.</source>
        <translation>Pas de connexion&#xa0;: la réponse attend dans la boîte d’envoi et partira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No connection: the post waits in the outbox for the next sync.</source>
        <translation>Pas de connexion&#xa0;: la publication attend dans la boîte d’envoi la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection: the action waits in the outbox for the next sync.</source>
        <translation>Pas de connexion&#xa0;: l’action attend dans la boîte d’envoi la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reply could not be sent; see the item&apos;s Replies tab to retry.</source>
        <translation>La réponse n’a pas pu être envoyée&#xa0;; réessayez depuis l’onglet Réponses de l’élément.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform refused the post; see the outbox to retry.</source>
        <translation>La plateforme a refusé la publication&#xa0;; réessayez depuis la boîte d’envoi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform refused; see the item&apos;s history to retry.</source>
        <translation>La plateforme a refusé&#xa0;; réessayez depuis l’historique de l’élément.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queued.</source>
        <translation>En file d’attente.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../core/workspace.py" line="+258"/>
        <source>{count} connector(s) could not be loaded ({names}); see Accounts for the reasons.</source>
        <translation>{count} connecteur(s) n’ont pas pu être chargés ({names}) ; les raisons sont dans Comptes.</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <location filename="../../gui/events/zones.py" line="+29"/>
        <source>Type any part of the zone&apos;s name, e.g. Paris or New_York.</source>
        <translation>Tapez une partie du nom du fuseau, p. ex. Paris ou New_York.</translation>
    </message>
</context>
<context>
    <name>_Asking</name>
    <message>
        <location filename="../../gui/moderation/dialogs.py" line="-90"/>
        <source>Rule:</source>
        <translation>Règle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (for the log):</source>
        <translation>Pourquoi (pour le journal)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>_WeekHeader</name>
    <message>
        <location filename="../../gui/events/calendar/week.py" line="+251"/>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
</context>
</TS>
