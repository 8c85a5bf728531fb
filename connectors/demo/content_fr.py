"""The French demo: seven French-speaking communities, one of each community type, and the
words their members write with (the demo account's ``language`` setting picks them).

Same shapes as ``content`` (the English tables), so generation stays the same: item number
``i`` is always the same French item for the same seed. Topics carry their article ("les
décorateurs") so the openers read as French ("Comment abordez-vous les décorateurs ?").
"""

from __future__ import annotations

from connectors.api import CommunityType
from connectors.demo.content import SampleCommunity, Tables

COMMUNITIES: tuple[SampleCommunity, ...] = (
    SampleCommunity(
        "r/ApprendrePythonEnsemble",
        "r/ApprendrePythonEnsemble",
        "reddit",
        "https://www.reddit.com/r/ApprendrePythonEnsemble",
        CommunityType.LEARNING,
        (
            "les compréhensions de liste",
            "les environnements virtuels",
            "les décorateurs",
            "le code asynchrone",
            "les tests unitaires",
            "les annotations de type",
            "le groupe d’étude du mardi",
            "les DataFrames pandas",
        ),
        "Un groupe d’étude pour apprendre Python à plusieurs, avec un exercice chaque semaine.",
        bodies=(
            "J’ai suivi le tutoriel officiel jusqu’au chapitre 5, mais l’exercice de cette "
            "semaine me résiste. Voici mon code : quelqu’un voit-il où je me trompe ?",
            "Je prépare l’exercice du groupe d’étude et j’hésite entre deux solutions. Laquelle "
            "est la plus lisible pour un débutant ?",
            "Après trois mois d’apprentissage, je commence enfin à comprendre. Je partage mes "
            "notes en espérant qu’elles aident les nouveaux.",
            "Mon script marche sur mon ordinateur mais pas sur celui de ma collègue. Par où "
            "commencer pour comprendre la différence ?",
        ),
        comments=(
            "Essayez d’afficher la variable juste avant l’erreur, ça aide beaucoup au début.",
            "La documentation officielle a un très bon exemple là-dessus, dans le tutoriel.",
            "Merci, je refais l’exercice ce soir avec votre méthode.",
        ),
    ),
    SampleCommunity(
        "li-org-3307",
        "Réseau des chefs de produit",
        "linkedin",
        "https://www.linkedin.com/company/reseau-des-chefs-de-produit",
        CommunityType.PROFESSIONAL,
        (
            "la feuille de route",
            "les entretiens avec les parties prenantes",
            "les tests de prix",
            "les OKR",
            "les sprints de découverte",
            "le recrutement d’un premier PM",
            "le programme de mentorat",
        ),
        "Des pairs en gestion de produit qui partagent leurs pratiques et leurs offres d’emploi.",
        bodies=(
            "Nous lançons un nouveau produit au printemps et la direction veut une feuille de "
            "route sur douze mois. Comment gardez-vous de la souplesse sans perdre la confiance "
            "des parties prenantes ?",
            "Je recrute mon premier chef de produit junior. Quelles questions posez-vous en "
            "entretien pour juger le sens du produit ?",
            "Retour d’expérience après six mois d’OKR trimestriels : ce qui a marché, et ce que "
            "nous avons abandonné.",
            "Je cherche un mentor pour passer de chef de projet à chef de produit. Des conseils "
            "pour bien démarrer ?",
        ),
        comments=(
            "Chez nous, la feuille de route ne détaille que le trimestre en cours, le reste est "
            "en thèmes.",
            "Très intéressé par votre retour, pouvez-vous partager votre modèle ?",
            "Je vous écris en message privé, nous avons vécu exactement la même chose.",
        ),
    ),
    SampleCommunity(
        "fb-group-7731",
        "Entraide Acme Cloud",
        "facebook",
        "https://www.facebook.com/groups/entraideacmecloud",
        CommunityType.SUPPORT,
        (
            "les problèmes de connexion",
            "la facturation",
            "l’application mobile",
            "les sauvegardes",
            "les codes de double authentification",
            "le nouveau tableau de bord",
            "l’export des données",
        ),
        "Les clients d’Acme Cloud s’entraident ; l’équipe support répond chaque jour.",
        bodies=(
            "Depuis la mise à jour d’hier, je ne peux plus me connecter depuis l’application "
            "mobile : le code de vérification n’arrive jamais. Quelqu’un d’autre a ce problème ?",
            "Ma facture de ce mois est le double de d’habitude alors que je n’ai rien changé. Où "
            "voir le détail de la consommation ?",
            "Comment restaurer une sauvegarde d’il y a une semaine sans écraser les fichiers "
            "ajoutés depuis ?",
            "L’export des données s’arrête à 80 % avec une erreur « délai dépassé ». J’ai "
            "réessayé trois fois.",
        ),
        comments=(
            "Même souci ici depuis ce matin, sur Android comme sur iPhone.",
            "Vider le cache de l’application a réglé le problème chez moi.",
            "Avez-vous ouvert un ticket ? Le support répond en général dans la journée.",
        ),
    ),
    SampleCommunity(
        "r/CroquisUrbains",
        "r/CroquisUrbains",
        "reddit",
        "https://www.reddit.com/r/CroquisUrbains",
        CommunityType.INTEREST,
        (
            "les lavis à l’aquarelle",
            "les stylos-plume",
            "la balade croquis du samedi",
            "la perspective",
            "les carnets de voyage",
            "le dessin de personnes en terrasse",
        ),
        "Dessiner les villes où nous vivons, un croquis après l’autre.",
        bodies=(
            "Voici mon croquis de la place du marché de samedi, fait en quarante minutes. Les "
            "ombres ne me plaisent pas encore : des conseils ?",
            "Je me lance dans l’aquarelle sur le vif. Quel petit matériel emportez-vous pour "
            "dessiner dehors ?",
            "Premier carnet de voyage terminé ! Vingt pages sur Lisbonne, je vous montre mes "
            "préférées.",
            "Comment dessinez-vous les gens en terrasse sans qu’ils remarquent que vous les "
            "regardez ?",
        ),
        comments=(
            "Magnifique ! La lumière sur la façade est superbe.",
            "J’adore les couleurs. Quel papier utilisez-vous ?",
            "On se voit à la prochaine balade ?",
        ),
    ),
    SampleCommunity(
        "fb-page-2093",
        "Brûlerie du Canal",
        "facebook",
        "https://www.facebook.com/brulerieducanal",
        CommunityType.BRAND,
        (
            "l’assemblage d’automne",
            "la carte de fidélité",
            "le nouveau moulin",
            "le lait d’avoine",
            "les horaires de la boutique",
            "l’atelier barista",
        ),
        "La page de la Brûlerie du Canal : nouveaux cafés, événements et service client.",
        bodies=(
            "J’ai goûté l’assemblage d’automne ce matin : notes de noisette, très doux. Sera-t-il"
            " disponible en grains ?",
            "Ma carte de fidélité n’a pas été tamponnée hier à la boutique du canal. Comment la "
            "faire corriger ?",
            "Le nouveau moulin fait-il aussi la mouture pour cafetière italienne ?",
            "Pourquoi le lait d’avoine coûte-t-il plus cher que le lait de vache ? Ce serait bien"
            " d’aligner les prix.",
        ),
        comments=(
            "Meilleur café du quartier, et l’équipe est adorable.",
            "Je me suis inscrit à l’atelier barista, j’ai hâte !",
            "Les horaires du dimanche ont changé ? C’était fermé ce matin.",
        ),
    ),
    SampleCommunity(
        "li-group-6634",
        "Cercle des praticiens DevOps",
        "linkedin",
        "https://www.linkedin.com/groups/6634",
        CommunityType.PRACTICE,
        (
            "les revues d’incident",
            "les astreintes",
            "les modules Terraform",
            "les SLO",
            "le modèle de runbook",
            "les mises à jour de Kubernetes",
            "la démo mensuelle",
        ),
        "Des praticiens qui comparent leur façon de faire tourner la production.",
        bodies=(
            "Nous passons à des astreintes d’une semaine au lieu de deux jours. Comment limitez-"
            "vous la fatigue de l’équipe ?",
            "Voici notre modèle de revue d’incident sans reproches, après deux ans d’usage. "
            "Qu’ajouteriez-vous ?",
            "Mise à jour de Kubernetes le week-end dernier : trois surprises que j’aurais aimé "
            "connaître avant.",
            "Comment fixez-vous les SLO d’un service interne que personne ne veut prendre en "
            "charge ?",
        ),
        comments=(
            "Même problème chez nous ; compenser l’astreinte en jours de repos a beaucoup aidé.",
            "Merci pour le modèle, nous l’essayons à la prochaine revue.",
            "Attention aux modules Terraform partagés : versionnez-les, sinon c’est la loterie.",
        ),
    ),
    SampleCommunity(
        "r/JeuxIndesFR",
        "r/JeuxIndesFR",
        "reddit",
        "https://www.reddit.com/r/JeuxIndesFR",
        CommunityType.HYBRID,
        (
            "la game jam",
            "les listes de souhaits Steam",
            "le pixel art",
            "les sessions de test",
            "le fil des devlogs",
            "la promotion d’une démo",
            "le lancement du Discord",
        ),
        "Un peu forum d’entraide, un peu vitrine, un peu rencontres pour les petits studios.",
        bodies=(
            "Notre démo est sortie vendredi : 300 ajouts à la liste de souhaits Steam en trois "
            "jours. Voici ce que nous avons fait pour la faire connaître.",
            "Je cherche des testeurs pour un jeu de plateforme en pixel art, une heure de jeu "
            "environ. Des volontaires ?",
            "Qui participe à la game jam du mois prochain ? Je cherche un graphiste pour faire "
            "équipe.",
            "Notre Discord ouvre la semaine prochaine : comment l’animer les premiers jours sans "
            "y passer ses nuits ?",
        ),
        comments=(
            "La bande-annonce est superbe, ajouté à ma liste de souhaits !",
            "Partant pour tester, envoyez-moi une clé.",
            "Pensez à publier le devlog aussi dans le fil de la semaine.",
        ),
    ),
)

FIRST = (
    "camille",
    "lucas",
    "chloé",
    "hugo",
    "manon",
    "théo",
    "léa",
    "nathan",
    "inès",
    "karim",
    "sarah",
    "julien",
    "élodie",
    "mathis",
    "amina",
    "baptiste",
    "clémence",
    "yanis",
    "margaux",
    "antoine",
    "fatou",
    "quentin",
    "océane",
    "rémi",
    "zoé",
    "malik",
    "pauline",
    "thomas",
    "aurélie",
    "samir",
    "justine",
    "gaël",
)
LAST = (
    "martin",
    "bernard",
    "dubois",
    "lefèvre",
    "moreau",
    "girard",
    "roux",
    "fournier",
    "mercier",
    "benali",
    "nguyen",
    "diallo",
    "garnier",
    "chevalier",
    "lambert",
    "faure",
    "rousseau",
    "boucher",
)

POST_OPENERS = (
    "Comment abordez-vous {topic} ?",
    "Quelle est votre ressource préférée pour {topic} ?",
    "Quelqu’un a-t-il trouvé une bonne méthode pour {topic} ?",
    "Petite question sur {topic}",
    "Ce que j’ai appris cette semaine sur {topic}",
    "Que changeriez-vous dans {topic} ?",
    "Je cherche des conseils sur {topic}",
    "Notre retour d’expérience sur {topic}",
    "Existe-t-il une liste de vérification pour {topic} ?",
    "Je vous montre : {topic}",
)
POST_BODIES = (
    "Je bloque là-dessus depuis quelques jours et les guides habituels ne m’ont pas aidé. "
    "Qu’est-ce qui a marché pour vous, et que feriez-vous autrement la prochaine fois ?",
    "Nous avons essayé deux approches le mois dernier. La première était rapide mais fragile, "
    "la seconde plus longue mais solide. Je suis curieux de savoir comment vous les comparez.",
    "Je partage ceci parce qu’il m’a fallu une éternité pour comprendre. Je réponds volontiers "
    "aux questions en commentaire, et les corrections sont les bienvenues.",
    "Je suis nouveau ici et un peu perdu. Par où commencer quand on débute, et quelles erreurs "
    "faut-il éviter ?",
    "Notre équipe prévoit des changements au prochain trimestre. Quelles questions poser avant "
    "de nous engager ?",
    "Voici un court compte rendu avec des captures d’écran. Vos avis sur la deuxième partie "
    "seraient précieux.",
)
COMMENTS = (
    "Merci pour le partage, c’est vraiment utile.",
    "J’ai eu exactement le même souci. Repartir d’une installation propre l’a réglé chez moi.",
    "Pouvez-vous détailler la deuxième étape ? Je ne suis pas sûr de suivre.",
    "Nous faisons à peu près pareil, mais nous le revoyons chaque vendredi avec toute l’équipe.",
    "Avez-vous demandé dans le fil de la semaine ? Les gens y sont très serviables.",
    "Ça ne marche pas chez moi, j’ai toujours la même erreur après avoir suivi les étapes.",
    "Super compte rendu. Je le garde de côté pour plus tard.",
    "Quelle version utilisez-vous ? Le comportement a changé récemment.",
    "Pas du tout d’accord avec le dernier point, mais le reste est très juste.",
    "Je suis le fil, j’ai la même question.",
    "Qu’est-ce qui vous a fait choisir ceci plutôt que les autres options ?",
    "Regardez la publication épinglée, elle couvre presque tout.",
)
TEAM_REPLIES = (
    "Merci pour la question ! Nous l’avons ajoutée à la FAQ et nous en parlerons lors de la "
    "prochaine séance de questions-réponses.",
    "Bonne question. Pouvez-vous nous donner un peu plus de détails pour que nous puissions "
    "vous aider ?",
    "Nous regardons cela et mettons le fil à jour aujourd’hui.",
    "Bienvenue dans la communauté ! Le guide épinglé est le meilleur point de départ.",
)
MESSAGES = (
    "Bonjour, puis-je présenter ma formation dans la communauté ? Je respecterai les règles.",
    "J’ai été retiré du groupe par erreur, pouvez-vous me réintégrer ?",
    "Seriez-vous partant pour co-animer un webinaire le mois prochain ?",
    "Quelqu’un m’envoie sans arrêt des messages non sollicités depuis ma publication, "
    "pouvez-vous m’aider ?",
    "Existe-t-il un moyen d’être prévenu des prochains événements ?",
    "J’aimerais devenir modérateur bénévole.",
)
REPORT_REASONS = (
    "Spam ou autopromotion",
    "Harcèlement",
    "Hors sujet",
    "Fausse information",
    "Enfreint la règle 3 : soyez bienveillants",
    "Publication en double",
)
MENTIONS = (
    "@{community} prévoyez-vous des événements pour les débutants ?",
    "Un grand merci à @{community} pour l’aide sur {topic} !",
    "Quelqu’un chez @{community} sait-il quand a lieu la prochaine rencontre ?",
)

FRENCH = Tables(
    communities=COMMUNITIES,
    first=FIRST,
    last=LAST,
    post_openers=POST_OPENERS,
    post_bodies=POST_BODIES,
    comments=COMMENTS,
    team_replies=TEAM_REPLIES,
    messages=MESSAGES,
    report_reasons=REPORT_REASONS,
    mentions=MENTIONS,
    ready="Données de démonstration prêtes : {count} communautés d’exemple.",
    manager_name="Vous (gestionnaire de la démo)",
    reported_title="Publication signalée",
    edit_note=" (modification : résolu, merci à tous !)",
    progress="Lecture de l’activité de démonstration",
)
