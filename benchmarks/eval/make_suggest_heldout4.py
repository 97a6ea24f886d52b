"""Build benchmarks/eval/suggest_heldout4.csv (blind held-out set, written 2026-12-03).

Texts are original; rows are shuffled with a fixed seed and numbered h4-001...
Run: python benchmarks/eval/make_suggest_heldout4.py
"""
import csv
import random
from pathlib import Path

SEED = 20261203


def O(*ns):
    return "|".join(f"objective/{n}" for n in ns)


def P(*slugs):
    return "|".join(f"principle/{s}" for s in slugs)


def J(*parts):
    return "|".join(p for p in parts if p)


# (language, text, primary, also, case, note)
ROWS = [
    # ---------------- Objective 1: data ----------------
    ("en", "We urge governments to publish migration statistics broken down by sex, age and legal status, so that policy rests on evidence rather than guesswork.", O(1), "", "plain", "disaggregated statistics"),
    ("es", "En el ayuntamiento nadie sabe cuántas familias extranjeras viven en el barrio: no aparecemos en el padrón ni en ningún informe.", O(1), "", "hard", "city council counts nobody"),
    ("pt", "Quantas trabalhadoras domésticas migrantes existem no país? Ninguém sabe responder, porque nenhum inquérito oficial faz essa pergunta.", O(1), "", "hard", "question, survey gap"),
    ("fr", "Nous demandons à l'INSEE d'intégrer le pays de naissance et la nationalité dans toutes ses enquêtes sur l'emploi et le logement, et d'en publier les résultats.", O(1), "", "plain", "statistics office, named institution"),
    ("pt", "Os ministros repetem números de chegadas que nenhum levantamento oficial confirma. Criem um registo público e comparável, que qualquer pessoa possa consultar.", O(1), "", "near-miss", "about reliable numbers, not discourse (1 vs 17)"),
    ("fr", "Au ministère, on nous répond que les expulsions d'enfants ne sont pas comptées à part. Comment juger une politique que personne ne mesure ?", O(1), "", "hard", "rhetorical, nothing is counted"),
    # ---------------- Objective 2: drivers ----------------
    ("es", "Exigimos políticas que ataquen lo que empuja a la gente a irse: la pobreza en el campo, la violencia de las pandillas y la falta de trabajo para la juventud.", O(2), "", "plain", "structural causes of departure"),
    ("en", "The river dried up three harvests in a row. After the third, my father sold the goats and my two brothers took the road north.", O(2), "", "hard", "drought story"),
    ("pt", "Na nossa vila, a mineradora envenenou a água e a escola fechou. Quem tinha filhos pequenos não teve outra escolha senão partir.", O(2), "", "hard", "environmental destruction forces departure"),
    ("fr", "Les États doivent financer l'adaptation au changement climatique dans le Sahel pour que personne ne soit obligé d'abandonner sa terre.", O(2), "", "plain", "climate adaptation"),
    ("en", "Development money should not depend on governments stopping people at the border; spend it on schools, clinics and jobs where people actually live.", O(2), "", "near-miss", "root causes vs conditional cooperation (2 vs 23)"),
    ("es", "¿Quién se queda en un pueblo donde te cobran cuota por abrir una tienda y matan al que no paga?", O(2), "", "hard", "rhetorical, extortion"),
    # ---------------- Objective 3: information ----------------
    ("en", "Governments should run multilingual help desks at departure, transit and arrival points, explaining rights, risks and legal routes in plain words.", O(3), "", "plain", "information at all stages"),
    ("fr", "Personne ne lui avait dit qu'il fallait un visa de travail : elle croyait que le contrat signé au village suffisait.", O(3), "", "hard", "never informed"),
    ("pt", "O único sítio onde ele procurou saber como era a vida na Europa foi um grupo de WhatsApp cheio de promessas falsas.", O(3), "", "hard", "misinformation before departure"),
    ("es", "Pedimos a la OIM y a la Cancillería que publiquen guías actualizadas en quechua y aymara sobre los requisitos de residencia y los peligros de la ruta.", O(3), "", "plain", "guides in indigenous languages"),
    ("es", "Queremos una campaña que explique a quienes recién llegan, en su propio idioma, dónde encontrar abogado, médico y escuela en su primera semana.", O(3), "", "near-miss", "campaign aimed at migrants, not at public opinion (3 vs 17)"),
    ("fr", "À la gare routière d'Agadez, un jeune homme nous demande si la mer est vraiment dangereuse. Il n'a jamais entendu parler des naufrages.", O(3), "", "hard", "unaware of risks"),
    # ---------------- Objective 4: identity ----------------
    ("en", "Every child born to migrant parents must be registered at birth and get a birth certificate, whatever the status of the parents.", O(4), P("child-sensitive"), "plain", "birth registration"),
    ("es", "Mi hija nació en un albergue de Tijuana; en el registro civil nos dijeron que sin pasaporte de la madre no había acta.", O(4), "", "hard", "birth certificate refused"),
    ("pt", "Sem um documento com foto, ele não consegue abrir conta, alugar quarto nem provar quem é. Há oito anos vive como se não existisse.", O(4), "", "hard", "no ID"),
    ("fr", "Nous demandons que les consulats délivrent une carte d'identité consulaire à tous leurs ressortissants à l'étranger, à un prix abordable.", O(4), O(14), "plain", "consular ID cards"),
    ("en", "The stateless people in our camps hold papers from no country at all; they need a procedure that grants them a nationality and a card proving it.", O(4), "", "near-miss", "statelessness is identity, not vulnerability (4 vs 7)"),
    ("fr", "La mairie a refusé de célébrer le mariage parce que l'acte de naissance du fiancé venait d'un pays en guerre et ne pouvait pas être vérifié.", O(4), "", "hard", "civil documents unverifiable"),
    # ---------------- Objective 5: regular pathways ----------------
    ("en", "We call for more work visas, humanitarian visas and family reunification routes, so nobody is forced onto an irregular journey.", O(5), "", "plain", "visa channels"),
    ("es", "Mi esposa lleva seis años esperando en Honduras el permiso para venir conmigo. Nuestro hijo ya no se acuerda de mi cara.", O(5), "", "hard", "family reunification delay"),
    ("pt", "Defendemos vistos humanitários para pessoas deslocadas por desastres climáticos, com prazos claros e possibilidade de renovação.", O(5), O(2), "plain", "humanitarian visas for climate displacement"),
    ("fr", "Pour cueillir des fraises à Huelva, il existe un contrat saisonnier ; pour s'occuper des personnes âgées à Lyon, il n'existe rien. Alors elles arrivent sans papiers.", O(5), "", "hard", "no legal channel for care work"),
    ("pt", "Estudantes cujo visto termina devem poder passar para uma autorização de procura de emprego sem ter de sair primeiro do país.", O(5), "", "near-miss", "change of status within a pathway (5 vs 7)"),
    ("es", "¿Por qué una ingeniera de Caracas solo puede entrar a este país pagando a un coyote, si aquí faltan ingenieros?", O(5), "", "hard", "rhetorical, no legal route"),
    # ---------------- Objective 6: recruitment and decent work ----------------
    ("en", "Recruitment fees must be banned and paid by employers, never by workers, and any agency that charges them should lose its licence.", O(6), "", "plain", "employer-pays principle"),
    ("en", "My cousin handed an agent in Kathmandu eight months of wages for a kitchen job in Doha. When she landed, there was no kitchen.", O(6), "", "hard", "fee paid to recruiter, fake job"),
    ("pt", "Na colheita do café, o patrão guarda as carteiras de trabalho e paga quando lhe apetece. Quem reclama é mandado embora no mesmo dia.", O(6), "", "hard", "wage abuse"),
    ("fr", "Les travailleuses domestiques migrantes doivent avoir un contrat écrit, un jour de repos par semaine et l'accès à l'inspection du travail, comme n'importe quel salarié.", O(6), P("gender-responsive"), "plain", "domestic work conditions"),
    ("es", "Exigimos que la Secretaría del Trabajo inspeccione las agencias de colocación que mandan jornaleros a Canadá y publique cuáles fueron sancionadas.", O(6), "", "plain", "recruitment agencies, named institution"),
    ("es", "Duermen doce en un contenedor al lado del invernadero y encima les descuentan el alquiler del sueldo.", O(6), "", "hard", "housing deducted from pay"),
    ("es", "Al electricista le reconocieron el título, pero el contratista le paga como peón y se queda con las horas extra.", O(6), "", "near-miss", "qualification recognised, wages stolen (6 vs 18)"),
    ("es", "Las trabajadoras del hogar que llegan de Paraguay y Bolivia a Buenos Aires cuentan lo mismo: la agencia les cobró el pasaje y se lo descuenta durante meses, nadie les paga los aportes jubilatorios y su título de enfermera aquí no vale. Pedimos contratos claros, agencias controladas, aportes que se puedan llevar de un país a otro y que se reconozcan sus estudios.", O(6), O(22, 18), "hard", "long paragraph, several demands"),
    # ---------------- Objective 7: vulnerabilities ----------------
    ("en", "States must identify and protect migrants in vulnerable situations, including pregnant women, survivors of violence and unaccompanied children, whatever their status.", O(7), P("gender-responsive", "child-sensitive"), "plain", "vulnerable situations"),
    ("es", "Pedimos una regularización extraordinaria para las personas que ya viven y trabajan en el país sin papeles.", O(7), O(5), "plain", "regularization convention"),
    ("pt", "Ela não denuncia o marido porque tem medo de que a polícia pergunte pelo visto antes de perguntar pelas nódoas negras.", O(7), P("gender-responsive"), "hard", "violence survivor afraid of status checks"),
    ("fr", "Il a dix-sept ans, dort sous le périphérique, et personne ne l'a jamais regardé comme un enfant en danger.", O(7), P("child-sensitive"), "hard", "unprotected minor"),
    ("en", "Twelve years here, two children born here, and she is still 'irregular'. A permit now would change everything.", O(7), O(5), "near-miss", "regularization of someone present (7 with 5)"),
    ("fr", "Les victimes de violences conjugales doivent obtenir un titre de séjour autonome, indépendant de celui de leur conjoint.", O(7), P("gender-responsive"), "plain", "independent status"),
    ("pt", "A regularização migratória tem de incluir quem perdeu o visto durante a pandemia e continua cá a trabalhar.", O(7), O(5), "plain", "regularization convention"),
    # ---------------- Objective 8: save lives, missing ----------------
    ("en", "Search and rescue at sea must again be a duty of the state, and no ship's crew should ever be prosecuted for pulling people out of the water.", O(8), "", "plain", "rescue at sea"),
    ("es", "Mi hermano salió de Tapachula en marzo. Desde entonces, silencio. En la morgue de Tucson hay cuerpos sin nombre: ¿será uno de ellos?", O(8), "", "hard", "missing relative"),
    ("fr", "Le corps retrouvé sur la plage de Zarzis n'a jamais été identifié. On l'a enterré sous un numéro.", O(8), "", "hard", "unidentified body"),
    ("pt", "Pedimos um banco regional de perfis genéticos para que as famílias dos migrantes desaparecidos possam identificar os seus mortos.", O(8), "", "plain", "DNA bank for missing migrants"),
    ("en", "People expelled into the desert die of thirst before they reach the next town; patrols must go out and search that stretch of road.", O(8), O(21), "near-miss", "rescue, not return (8 vs 21)"),
    ("es", "Ni un naufragio más en el Darién ni en el Caribe: que los guardacostas salgan a buscar gente, no a espantarla.", O(8), "", "hard", "coastguards should rescue"),
    ("fr", "Depuis Sfax, on nous parle de barques en fer qui se brisent au large, de corps que la mer rend des semaines plus tard, de rescapés reconduits vers la frontière algérienne et laissés sans eau. Nous demandons des secours en mer dignes de ce nom, l'identification de chaque défunt, la fin des renvois vers le désert et des poursuites contre ceux qui vendent les places dans ces embarcations.", O(8), O(21, 9), "hard", "long paragraph, several demands"),
    # ---------------- Objective 9: smuggling ----------------
    ("en", "Prosecute the networks that profit from moving people across borders for cash, not the migrants who paid them.", O(9), "", "plain", "target smugglers not migrants"),
    ("fr", "Le passeur a pris trois mille euros à chacun et les a laissés au milieu du désert en disant que la ville était juste derrière la dune.", O(9), "", "hard", "smuggler abandons group"),
    ("es", "Los Estados de la región deben compartir información para desarticular las redes de tráfico ilícito de migrantes, sin castigar a quienes ayudan por razones humanitarias.", O(9), "", "plain", "tráfico = smuggling in Spanish"),
    ("pt", "O coiote cobrou mais porque era inverno e o rio estava cheio. Avisou que, se alguém se afogasse, não devolvia o dinheiro.", O(9), O(8), "hard", "smuggling price and risk"),
    ("en", "He paid to be taken across, he arrived, and the deal ended there: nobody owns him. Don't call him a trafficking victim; go after the people who took his money.", O(9), "", "near-miss", "smuggling, not trafficking (9 vs 10)"),
    ("fr", "À Calais, ceux qui vendent les places dans les canots vivent de notre désespoir : que les polices française et britannique enquêtent sur eux plutôt que sur les passagers.", O(9), O(23), "plain", "cross-border investigation of smugglers"),
    # ---------------- Objective 10: trafficking ----------------
    ("en", "Survivors of trafficking must get protection, a residence permit and compensation, whether or not they testify against those who exploited them.", O(10), "", "plain", "protection of trafficking survivors"),
    ("es", "Le prometieron trabajo de mesera en Cancún. La encerraron en un cuarto, le quitaron el celular y le dijeron que debía el viaje.", O(10), "", "hard", "deception, confinement, debt"),
    ("pt", "Os pescadores birmaneses passaram três anos no barco sem pôr o pé em terra; quem adoecia era atirado ao mar.", O(10), "", "hard", "forced labour at sea"),
    ("fr", "Nous demandons que les inspecteurs du travail et les policiers soient formés pour repérer les victimes de la traite des êtres humains.", O(10), "", "plain", "identification of victims"),
    ("fr", "Elle avait payé pour franchir la frontière. C'est ensuite, à Paris, qu'on lui a confisqué ses papiers et qu'on l'a forcée à se prostituer pour rembourser.", O(10), O(9), "near-miss", "started as smuggling, became trafficking (10 vs 9)"),
    ("en", "The girls from the orphanage were promised modelling contracts in Dubai. Only one came back.", O(10), P("child-sensitive"), "hard", "trafficking of girls"),
    # ---------------- Objective 11: borders ----------------
    ("en", "Border guards must be trained in human rights, and every person who reaches the border must be assessed individually, never pushed back as a group.", O(11), O(12), "plain", "rights-based border management"),
    ("es", "En el puente internacional los agentes ni miran los papeles: a todos los mandan de vuelta al lado mexicano.", O(11), "", "hard", "collective turn-backs"),
    ("pt", "Os países do Mercosul precisam de coordenar os postos de fronteira para que a travessia seja rápida, segura e respeite os direitos.", O(11), O(23), "plain", "coordinated border posts"),
    ("fr", "À la frontière franco-italienne, près de Menton, des mineurs ont été refoulés sans que personne ne note leur âge.", O(11), P("child-sensitive"), "hard", "pushback of minors"),
    ("fr", "Les contrôles au poste frontière doivent durer quelques minutes, pas des jours : on vérifie, on oriente, on ne retient personne.", O(11), O(12), "near-miss", "border checks, not detention (11 vs 13)"),
    ("pt", "Na Ponte da Amizade, em Foz do Iguaçu, o guarda pediu dinheiro para nos deixar passar.", O(11), "", "hard", "corruption at border"),
    # ---------------- Objective 12: screening and referral ----------------
    ("en", "Migration procedures need clear deadlines, an interpreter at every interview, and referral of torture survivors to specialised care.", O(12), P("rule-of-law-and-due-process"), "plain", "procedural certainty and referral"),
    ("fr", "Au guichet de la préfecture, on lui a dit de revenir dans six mois, puis dans un an. Personne ne sait où en est son dossier.", O(12), "", "hard", "unpredictable procedure"),
    ("es", "La entrevista duró diez minutos, sin intérprete de wolof. Firmó un papel que no entendía.", O(12), P("rule-of-law-and-due-process"), "hard", "no interpreter"),
    ("pt", "Cada pessoa que chega deve ser avaliada individualmente e encaminhada ao serviço certo: asilo, proteção da infância ou apoio a vítimas.", O(12), "", "plain", "screening and referral"),
    ("en", "She told the officer at the landing point that she was fourteen. He wrote down nineteen.", O(12), P("child-sensitive"), "hard", "age assessment"),
    ("fr", "Les démarches doivent être prévisibles : critères publiés, décisions motivées par écrit, délais connus d'avance.", O(12), "", "plain", "predictable procedures"),
    # ---------------- Objective 13: detention ----------------
    ("en", "End the immigration detention of children and invest in community alternatives such as case management and regular reporting.", O(13), P("child-sensitive"), "plain", "alternatives to detention"),
    ("en", "A boy of eleven spent his birthday behind a locked door in the centre near the airport. His offence: no visa.", O(13), P("child-sensitive"), "hard", "child locked up"),
    ("es", "Pedimos al Instituto Nacional de Migración que deje de encerrar a solicitantes de asilo en las estaciones migratorias.", O(13), "", "plain", "named institution, detention"),
    ("pt", "Foram noventa dias numa cela com a luz acesa a noite toda, sem saber quando ia sair nem porquê.", O(13), P("rule-of-law-and-due-process"), "hard", "indefinite confinement"),
    ("fr", "Les personnes interceptées au port ne devraient pas rester enfermées des semaines dans des conteneurs : un pointage régulier au commissariat suffit.", O(13), "", "near-miss", "confinement after interception, not border checks (13 vs 11)"),
    ("fr", "Au centre de rétention de Vincennes, on compte les jours avec des traits sur le mur.", O(13), "", "hard", "detention scene"),
    # ---------------- Objective 14: consular ----------------
    ("en", "Countries of origin must strengthen assistance to their nationals abroad, including legal aid when they are arrested.", O(14), "", "plain", "consular assistance"),
    ("es", "Llamé cien veces al consulado cuando detuvieron a mi hijo en Houston. Nadie contestó.", O(14), "", "hard", "consulate never answers"),
    ("pt", "O consulado em Lisboa só atende com marcação, e a agenda está fechada há quatro meses.", O(14), "", "hard", "no consular appointment"),
    ("fr", "Les ambassades du Sénégal doivent venir en aide aux travailleurs bloqués dans le Golfe et coopérer avec les autorités locales pour les protéger.", O(14), "", "plain", "embassies assist nationals"),
    ("en", "When our citizens are stranded abroad after losing their jobs, the embassy should help with papers and legal advice on the spot, not just hand out a plane ticket.", O(14), O(21), "near-miss", "help abroad, not reintegration (14 vs 21)"),
    ("es", "Que los consulados de México en Estados Unidos abran ventanillas de asesoría laboral y acompañen a sus connacionales en las audiencias.", O(14), "", "plain", "consular legal support"),
    # ---------------- Objective 15: basic services ----------------
    ("en", "Every migrant, whatever their status, should be able to see a doctor and send their children to school without fear of being reported.", O(15), "", "plain", "health and education"),
    ("en", "The receptionist asked for her visa before asking about the fever. Then she picked up the phone and called immigration.", O(15), "", "hard", "clinic calls immigration"),
    ("es", "En la escuela no admitieron a Yuliana porque su madre no tenía NIE.", O(15), P("child-sensitive"), "hard", "school enrolment refused"),
    ("pt", "O SUS deve continuar a atender qualquer pessoa, com intérpretes nas unidades de saúde e sem exigir documentos migratórios.", O(15), "", "plain", "public health system, acronym"),
    ("fr", "Elle a accouché seule, chez elle, de peur que l'hôpital prévienne la police.", O(15), P("gender-responsive"), "hard", "fear of hospital"),
    ("fr", "Les saisonniers doivent pouvoir consulter un médecin pendant la récolte, même s'ils n'ont pas encore cotisé.", O(15), "", "near-miss", "care access, not contributions (15 vs 22)"),
    ("en", "To the Minister of Health and the Home Office: we have seen pregnant women turned away from antenatal care, children left off school rolls, and people too scared to call an ambulance because their details end up with enforcement. Keep health and education apart from enforcement, stop the checks at the door, and let everyone use the services their taxes already fund.", O(15), J(O(7), P("gender-responsive")), "hard", "long paragraph, named institutions"),
    # ---------------- Objective 16: inclusion ----------------
    ("en", "Municipalities should fund language classes, mentoring and neighbourhood projects that bring newcomers and long-time residents together.", O(16), "", "plain", "integration programmes"),
    ("es", "Mi madre lleva diez años en el barrio y todavía no puede votar ni en la junta de vecinos.", O(16), "", "hard", "no participation"),
    ("pt", "A feira do bairro começou quando as senhoras bolivianas e as vizinhas brasileiras decidiram cozinhar juntas. Hoje é a festa mais concorrida da cidade.", O(16), "", "hard", "social cohesion story"),
    ("fr", "Les villes doivent associer les habitants étrangers aux conseils de quartier et proposer des cours de français gratuits le soir.", O(16), "", "plain", "participation and language"),
    ("pt", "Não basta que o hospital nos atenda. Queremos lugar na associação de pais, no clube de futebol e na câmara municipal.", O(16), "", "near-miss", "belonging, not services (16 vs 15)"),
    ("es", "Proponemos centros comunitarios donde familias migrantes y del lugar compartan actividades, idiomas y proyectos.", O(16), "", "plain", "community centres"),
    # ---------------- Objective 17: discrimination and discourse ----------------
    ("en", "Media regulators should sanction hate speech against migrants and support journalists who cover migration with facts.", O(17), "", "plain", "hate speech, media"),
    ("fr", "Au journal de vingt heures, le présentateur a parlé d'« envahisseurs ». Le lendemain, mon fils s'est fait insulter à l'école.", O(17), "", "hard", "TV calls people invaders"),
    ("es", "En la inmobiliaria me dijeron que el piso ya estaba alquilado. Mi compañera de Valladolid llamó una hora después y se lo ofrecieron.", O(17), "", "hard", "housing discrimination"),
    ("pt", "Exigimos que partidos e candidatos se comprometam a não usar os migrantes como bode expiatório nas campanhas eleitorais.", O(17), "", "plain", "political discourse"),
    ("en", "Put posters in the metro showing the nurses, drivers and shopkeepers who came from elsewhere, to answer the myths people hear every day.", O(17), "", "near-miss", "campaign to shape perceptions, not info for migrants (17 vs 3)"),
    ("fr", "Un député affirme que les étrangers « coûtent des milliards » ; aucune étude ne dit cela. Qu'il retire ses propos.", O(17), "", "near-miss", "false claim in discourse, not data collection (17 vs 1)"),
    # ---------------- Objective 18: skills ----------------
    ("en", "In Manila she was a registered nurse with ten years on a surgical ward. Here she changes sheets in a care home because nobody will look at her diploma.", O(18), "", "hard", "nurse diploma ignored"),
    ("es", "Pedimos acuerdos de reconocimiento de títulos entre los países andinos y trámites de homologación rápidos y baratos.", O(18), "", "plain", "mutual recognition"),
    ("pt", "Queremos que a experiência profissional de quem chega seja certificada, mesmo sem diploma, através de provas práticas.", O(18), "", "plain", "skills certification"),
    ("fr", "Ahmed était pharmacien à Alep. À Bruxelles, on lui demande de reprendre ses études depuis la première année.", O(18), "", "hard", "qualification not recognised"),
    ("pt", "Antes de as agências enviarem cuidadoras para fora, que lhes deem formação a sério e um certificado que valha no país onde vão trabalhar.", O(18), "", "near-miss", "training and certification, not recruitment (18 vs 6)"),
    ("es", "Mi primo hizo cursos de soldadura en Guayaquil; aquí nadie le pregunta qué sabe hacer.", O(18), "", "hard", "skills ignored"),
    # ---------------- Objective 19: diaspora ----------------
    ("en", "Diaspora organisations should have a seat at the table when development plans for their home regions are drawn up.", O(19), "", "plain", "diaspora participation"),
    ("es", "Los paisanos de Zacatecas en Chicago juntaron para la clínica del pueblo, pero el municipio nunca les preguntó qué hacía falta.", O(19), "", "near-miss", "collective diaspora project, not individual transfers (19 vs 20)"),
    ("pt", "O Estado deve facilitar que os cabo-verdianos da diáspora invistam e criem empresas nas ilhas, com regras simples e estáveis.", O(19), "", "plain", "diaspora investment"),
    ("fr", "Les chirurgiens congolais de Belgique viennent chaque été opérer gratuitement à Kinshasa. Aucun ministère ne les soutient.", O(19), "", "hard", "diaspora skills transfer"),
    ("en", "My uncle paid for a school library in Oaxaca from Los Angeles and never went back. Imagine if he could also vote for the town's mayor.", O(19), "", "hard", "diaspora contribution and voice"),
    ("fr", "Nous demandons la double nationalité et des programmes de transfert de compétences pour que la diaspora malienne participe au développement du pays.", O(19), "", "plain", "diaspora engagement"),
    # ---------------- Objective 20: remittances ----------------
    ("en", "Of the hundred dollars my father sends home every week, twelve stay with the transfer company.", O(20), "", "hard", "fees eat the money"),
    ("es", "Exigimos que los bancos centrales bajen el costo de las remesas por debajo del 3 % y permitan envíos desde el celular.", O(20), "", "plain", "remittance costs"),
    ("pt", "Ela ganha em reais, o filho recebe em bolivianos, e no caminho o dinheiro encolhe um quarto.", O(20), "", "hard", "exchange losses"),
    ("fr", "Les migrants doivent pouvoir ouvrir un compte bancaire avec leur carte consulaire, sans frais prohibitifs.", O(20), O(4), "plain", "financial inclusion"),
    ("pt", "Não queremos que os governos digam aos migrantes como gastar o que mandam à família; queremos que o envio custe menos e chegue no mesmo dia.", O(20), "", "near-miss", "cheap transfers, not diaspora investment (20 vs 19)"),
    ("es", "Para mandar cien dólares a Comayagua, don Luis tiene que cerrar el taller a media tarde e ir hasta la única agencia, que cobra lo que quiere.", O(20), "", "hard", "access to transfer services"),
    # ---------------- Objective 21: return and reintegration ----------------
    ("en", "Returns must be safe and dignified, never to a place where the person risks torture, and must come with support to rebuild a life.", O(21), "", "plain", "dignified return"),
    ("fr", "Expulsé de Libye, il est rentré à Bamako les mains vides. Sa famille, qui avait vendu un champ pour son voyage, ne lui adresse plus la parole.", O(21), "", "hard", "return without reintegration"),
    ("es", "Lo deportaron un martes, a las cuatro de la mañana, en camiseta, a San Pedro Sula. Nadie lo esperaba.", O(21), "", "hard", "deportation scene"),
    ("pt", "Os programas de reintegração devem oferecer formação, microcrédito e apoio psicológico a quem regressa à Guiné-Bissau.", O(21), "", "plain", "reintegration support"),
    ("fr", "À l'aéroport de Dakar, les personnes rapatriées devraient trouver autre chose qu'un guichet consulaire : un accompagnement pour retrouver un travail et un logement.", O(21), "", "near-miss", "reintegration, not consular help (21 vs 14)"),
    ("en", "Boats turned back to the Libyan coast deliver people into the very prisons they escaped from.", O(21), O(8), "near-miss", "unsafe return, not rescue (21 vs 8)"),
    ("es", "Ningún niño debe ser devuelto a su país sin que antes se evalúe qué es lo mejor para él.", O(21), P("child-sensitive"), "plain", "return of children"),
    # ---------------- Objective 22: social security ----------------
    ("fr", "Veuve depuis deux ans, elle vit à Tanger ; la pension de réversion de son mari, qui a travaillé trente ans à l'usine de Flins, reste bloquée en France.", O(22), "", "hard", "widow's pension stays abroad"),
    ("es", "Pedimos que todos los países de la región ratifiquen el Convenio Multilateral Iberoamericano de Seguridad Social para que los años cotizados se sumen.", O(22), "", "plain", "totalisation agreement"),
    ("pt", "Os acordos bilaterais de segurança social devem permitir que os anos descontados no estrangeiro contem para a reforma.", O(22), "", "plain", "portability"),
    ("en", "Fifteen years of deductions on every pay slip in Kuwait, and when he left, not a cent went with him.", O(22), "", "hard", "contributions lost"),
    ("pt", "As trabalhadoras domésticas migrantes devem ficar cobertas pelo seguro de saúde e pelo fundo de desemprego para os quais já descontam, e manter esses direitos se mudarem de país.", O(22), "", "near-miss", "earned benefits, not access to care (22 vs 15)"),
    ("es", "Don Ernesto aportó veinte años en Argentina; volvió a Paraguay y nadie sabe en qué ventanilla se tramita su jubilación.", O(22), "", "hard", "pension across borders"),
    # ---------------- Objective 23: international cooperation ----------------
    ("en", "We ask States to build partnerships among countries of origin, transit and destination that share responsibility instead of shifting it.", O(23), "", "plain", "partnerships"),
    ("es", "Los gobiernos de Centroamérica y México deben crear un mecanismo regional conjunto sobre movilidad humana, con participación de la sociedad civil.", O(23), P("whole-of-society-approach"), "plain", "regional mechanism"),
    ("pt", "Quando a Venezuela se esvazia, o Brasil recebe, a Colômbia recebe, o Peru recebe, e cada um faz a sua lista. Ninguém conversa com ninguém.", O(23), "", "hard", "lack of coordination"),
    ("fr", "L'Union africaine et l'Union européenne doivent conclure des partenariats équilibrés, pas des accords où l'aide dépend du nombre de personnes retenues.", O(23), "", "plain", "AU-EU partnership"),
    ("es", "Los donantes, la OIM y los gobiernos del Sahel deberían juntar fondos y conocimientos en una sola plataforma común, en vez de diez proyectos que compiten entre sí.", O(23), "", "near-miss", "cooperation mechanism, not drivers (23 vs 2)"),
    ("fr", "À quoi sert un pacte si chaque pays ferme sa porte et renvoie le problème chez le voisin ?", O(23), "", "hard", "rhetorical, burden shifting"),
    ("pt", "Ao Governo Federal, ao ACNUR e à OIM: a Operação Acolhida mostrou que é possível receber com dignidade quando ministérios, prefeituras, agências da ONU e associações trabalham juntos. Pedimos agora que essa cooperação chegue aos países vizinhos, com vistos previsíveis, dados partilhados sobre quem chega e onde se instala, e lugar real para as associações de migrantes nas decisões.", O(23), J(O(5, 1), P("whole-of-society-approach")), "hard", "long paragraph, acronyms, several demands"),
    # ---------------- Guiding principles ----------------
    ("en", "In every decision about a migrant child, on housing, schooling or removal, what is best for that child must come first.", P("child-sensitive"), "", "plain", "best interests of the child"),
    ("es", "Todas las políticas migratorias deben medir su impacto en mujeres y niñas, y las mujeres migrantes tienen que participar en su diseño.", P("gender-responsive"), "", "plain", "gender analysis"),
    ("fr", "Aucune politique migratoire ne réussira sans les syndicats, les associations, les cultes, les employeurs et les personnes migrantes elles-mêmes autour de la table.", P("whole-of-society-approach"), "", "plain", "all of society at the table"),
    ("pt", "Antes de ser migrante, ele é uma pessoa, com os mesmos direitos que qualquer outra.", P("human-rights"), "", "hard", "universal rights"),
    ("en", "Nobody should lose their home, their job and their country on a decision they cannot challenge before a judge.", P("rule-of-law-and-due-process"), "", "hard", "right to appeal"),
    ("es", "No puede ser que el ministerio de trabajo busque trabajadores extranjeros mientras el del interior los expulsa: hace falta una sola política coordinada.", P("whole-of-government-approach"), "", "hard", "ministries contradict each other"),
    ("pt", "A migração deve entrar nos planos nacionais de desenvolvimento sustentável, e não ser tratada como um assunto à parte.", P("sustainable-development"), "", "plain", "migration in development planning"),
    # ---------------- added for language balance ----------------
    ("pt", "Ninguém no abrigo sabia explicar à Rosa se ela podia trabalhar enquanto esperava a resposta ao pedido.", O(3), "", "hard", "no information on arrival"),
    ("pt", "No ônibus, uma senhora mandou o meu filho 'voltar para a terra dele'. Ele nasceu em Guarulhos.", O(17), "", "hard", "xenophobic insult"),
    ("pt", "Há dois anos que o pedido de residência dela aparece no site como 'em análise'.", O(12), "", "hard", "procedure without end"),
    ("pt", "Cada Estado tem o direito de definir a sua política migratória, desde que respeite o direito internacional.", P("national-sovereignty"), "", "plain", "sovereignty within international law"),
    ("pt", "As políticas devem partir das histórias e necessidades concretas de quem migra, e não de metas numéricas.", P("people-centred"), "", "plain", "people-centred"),
    # ---------------- No objective ----------------
    ("en", "No human being is illegal.", "", "", "no-objective", "slogan"),
    ("en", "Thank you to the 214 organisations that signed this letter.", "", "", "no-objective", "thanks"),
    ("en", "Join us on Saturday 18 December at 2 pm in front of City Hall.", "", "", "no-objective", "call to a march"),
    ("en", "For more information, write to the coordination team at the address below.", "", "", "no-objective", "contact line"),
    ("en", "Signatures remain open until Friday.", "", "", "no-objective", "signatures open"),
    ("en", "We are a network of faith-based groups working in twelve countries since 1998.", "", "", "no-objective", "signatory self-description"),
    ("es", "¡Ninguna persona es ilegal, en ningún lugar!", "", "", "no-objective", "slogan"),
    ("es", "Guardemos un minuto de silencio.", "", "", "no-objective", "minute of silence"),
    ("es", "Ciudad de México, 3 de diciembre de 2026.", "", "", "no-objective", "place and date"),
    ("es", "Este texto se redactó en tres reuniones virtuales entre septiembre y noviembre.", "", "", "no-objective", "drafting process"),
    ("es", "Saludamos a las delegaciones presentes y a quienes nos siguen en línea.", "", "", "no-objective", "greeting"),
    ("es", "¡Aquí estamos y aquí nos quedamos!", "", "", "no-objective", "slogan"),
    ("pt", "Nenhum ser humano é ilegal.", "", "", "no-objective", "slogan"),
    ("pt", "Assine esta carta e partilhe com a sua rede!", "", "", "no-objective", "call to sign"),
    ("pt", "São Paulo, dezembro de 2026.", "", "", "no-objective", "place and date"),
    ("pt", "Somos uma rede de coletivos de mulheres migrantes fundada em 2015.", "", "", "no-objective", "signatory self-description"),
    ("pt", "Contacto: assessoria de imprensa da rede, de segunda a sexta.", "", "", "no-objective", "contact line"),
    ("pt", "Nos vemos na marcha do dia 18, na Avenida Paulista!", "", "", "no-objective", "call to a march"),
    ("fr", "Personne n'est illégal, personne n'est de trop !", "", "", "no-objective", "slogan"),
    ("fr", "Merci aux bénévoles qui ont traduit ce texte.", "", "", "no-objective", "thanks"),
    ("fr", "Rendez-vous place de la République, samedi à 14 h.", "", "", "no-objective", "call to a march"),
    ("fr", "Cette déclaration a été adoptée par consensus lors de notre assemblée générale de novembre.", "", "", "no-objective", "drafting process"),
    ("fr", "Bonjour à toutes et à tous, et merci pour l'invitation.", "", "", "no-objective", "greeting"),
    ("fr", "Les signatures restent ouvertes jusqu'au 15 janvier.", "", "", "no-objective", "signatures open"),
    ("fr", "Notre collectif réunit depuis 2010 des associations de quartier de Marseille.", "", "", "no-objective", "signatory self-description"),
]


def main():
    rows = list(ROWS)
    random.Random(SEED).shuffle(rows)
    out = Path(__file__).with_name("suggest_heldout4.csv")
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["id", "language", "text", "primary", "also", "case", "note"])
        for i, (lang, text, primary, also, case, note) in enumerate(rows, 1):
            w.writerow([f"h4-{i:03d}", lang, text, primary, also, case, note])
    print(out, len(rows))


if __name__ == "__main__":
    main()
