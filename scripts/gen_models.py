#!/usr/bin/env python3
"""Generate assets/gazetteer/models.toml for plantscope.

Facts (model line-ups) compiled from public references (manufacturer sites,
Wikipedia model lists); code and layout written for plantscope;
data licence: CC0 / MIT as part of plantscope.

Format: one brand per line (a brand may appear on several lines):
    Brand: Name=Alias=Alias*; Name; ...
A trailing `*` marks `common = true` (the bare name is an ordinary word /
first name / place in en, fr, nl, de, es, it, so it only fires capitalised).
Model names never include the brand.
"""
import os
import re
import sys
import tomllib

sys.path.insert(0, os.path.dirname(__file__))
from gazlib import dedup, fold, q, qlist  # noqa: E402
from models_more import COMMON_WORDS, MORE_MODELS  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "..", "assets", "gazetteer")

MODELS = """
Peugeot: 108; 208=e-208; 2008=e-2008; 301; 308=e-308; 3008=e-3008; 408=e-408; 4008; 508; 5008=e-5008; Partner*=e-Partner; Expert*=e-Expert; Rifter=e-Rifter; Traveller*=e-Traveller; Boxer*=e-Boxer
Peugeot: 106; 107; 205; 206; 207; 306; 307; 405; 406; 407; 605; 607; 806; 807; 1007; 4007; Bipper; iOn; RCZ; Landtrek; Pars
Citroën: C1; C3=ë-C3; C3 Aircross; C4=ë-C4; C4 X=ë-C4 X; C5 Aircross; C5 X; Berlingo=ë-Berlingo; Jumpy=ë-Jumpy=Dispatch*; SpaceTourer=ë-SpaceTourer; Jumper=ë-Jumper=Relay*; Ami*; C-Elysée=C-Elysee; C4 Picasso=C4 SpaceTourer; Grand C4 Picasso; C5; C6; C8; C-Zero; Nemo; Xsara; Xsara Picasso; Saxo; 2CV=Deux Chevaux; Xantia; DS*; Traction Avant
Opel: Corsa*=Corsa-e; Astra; Mokka*=Mokka-e; Grandland; Crossland; Combo*=Combo-e; Zafira=Zafira Life; Vivaro=Vivaro-e; Movano; Insignia*; Frontera*; Meriva; Adam*; Karl*; Agila; Vectra; Omega*; Kadett*; Manta*; Ampera; Rocks-e; Antara; Signum; Tigra; Calibra
Vauxhall: Corsa*; Astra; Mokka*; Grandland; Crossland; Combo*; Vivaro; Movano; Insignia*; Zafira; Frontera*; Adam*; Viva*
Fiat: 500=500e=Cinquecento; 500X; 500L; 600=600e; Panda*=Pandina; Tipo*; Doblò=Doblo; Ducato*; Scudo*; Punto*; Grande Punto; Uno*; Palio; Strada*; Toro*; Pulse*; Fastback*; Fiorino; Qubo; Bravo*; Multipla; Seicento; Talento*; Argo; Cronos; Mobi; Topolino*; Freemont; Croma; Stilo*; Idea*; Linea*; Albea; Egea; Titano; Grande Panda; Regata; Ritmo*; 124 Spider; Sedici; Marea*
Abarth: 500; 595; 695; 500e; 600e; 124 Spider; Punto Evo
Alfa Romeo: Giulia*; Stelvio; Tonale; Junior*; Giulietta*; MiTo; 4C; 8C; 33 Stradale; Brera; 147; 156; 159; 164; 166; Spider*; GT
Lancia: Ypsilon; Delta*; Musa*; Thema*; Voyager*; Stratos*; Fulvia*; Lybra; Kappa*; Gamma*
Maserati: Ghibli; Levante*; Quattroporte; Grecale*; MC20; GranTurismo; GranCabrio; Folgore*
DS Automobiles: 3=DS3=DS 3 Crossback=3 Crossback; 4=DS4; 5=DS5; 7=DS7=DS 7 Crossback=7 Crossback; 9=DS9; N°8=N8
Chrysler: 300=300C; Pacifica*; Voyager*; Grand Voyager; PT Cruiser; Town & Country; Sebring*; Crossfire*; Neon*
Dodge: Charger*; Challenger*; Durango*; Journey*; Viper*; Hornet*; Caliber*; Dart*; Grand Caravan; Nitro*; Avenger*
Jeep: Wrangler; Grand Cherokee; Cherokee*; Compass*; Renegade*; Avenger*; Gladiator*; Commander*; Wagoneer; Grand Wagoneer; Patriot*; Recon*; Liberty*
Ram: 1500; 2500; 3500; ProMaster; ProMaster City; 700
Renault: Clio=Clio E-Tech=Clio RS; Mégane=Mégane E-Tech=Megane E-Tech Electric; Captur; Arkana=XM3; Austral*; Koleos=QM6=Grand Koleos; Scenic*=Scénic E-Tech=Grand Scénic; Twingo=Twingo E-Tech; Zoe*; Kangoo=Kangoo E-Tech; Trafic*; Master*; Espace*; Rafale*; 5 E-Tech=5=R5=Renault 5; 4 E-Tech=4=R4; Laguna*; Talisman*; Kadjar; Symbol*; Fluence; Latitude*; Duster*; Logan*; Sandero; Kaptur; Kwid; Triber; Kiger; Alaskan; Express*; Symbioz; Safrane; Vel Satis; Wind*; Avantime; Modus*; Twizy; SM6; SM7; QM3; Dokker; Lodgy; Sport Spider
Dacia: Sandero=Sandero Stepway; Logan*; Duster*; Jogger*; Spring*; Bigster; Lodgy; Dokker; Solenza; 1300; 1310
Alpine: A110; A290; A390; A310; A610
Lada: Niva=Нива; Niva Travel=Нива Тревел; Niva Legend=Нива Легенд; 4x4=4х4; Vesta=Веста=Vesta NG; Granta=Гранта; Largus=Ларгус; XRAY=X-Ray=Икс-рей; Kalina=Калина; Priora=Приора; Iskra=Искра; Azimut=Азимут; 2107=Семёрка; 2101=Kopeyka=Копейка; 2106; Riva; Nova*; Aura*=Аура
UAZ: Patriot*=Патриот; Hunter*=Хантер; Bukhanka=Буханка=UAZ-452=452; Pickup*=Пикап; Profi=Профи
GAZ: Gazelle*=GAZelle=Газель=Gazelle Next=Газель Next; Sobol=Соболь; Volga*=Волга; Valdai=Валдай; Sadko=Садко
Moskvitch: 3=3e=Москвич 3; 6; 412; 2141; 408
Aurus: Senat=Сенат; Komendant=Комендант; Arsenal*
Volkswagen: Golf*=e-Golf=Golf GTI; Polo*; Passat*; Tiguan=Tiguan Allspace; T-Roc; T-Cross; Taigo; Touareg; Touran; Sharan; Arteon; ID.3=ID3; ID.4=ID4; ID.5=ID5; ID.7=ID7; ID. Buzz=ID.Buzz=ID Buzz; ID.2all=ID.2; Up*=e-Up; Fox*; Beetle*=Käfer=Fusca=Coccinelle=Kever=Maggiolino=Escarabajo=New Beetle; Caddy*; Transporter*=T6=T7=Bulli; Multivan; Crafter; Amarok; Jetta*; Scirocco*; Corrado; Phaeton; Lupo*; Bora*; Vento*; Atlas*; Teramont; Taos; Tharu; Lavida; Sagitar; Virtus*; Nivus; Tera*; Saveiro; Gol*; ID. Polo; Lamando
Audi: A1; A3; A4; A5; A6=A6 e-tron; A7; A8; Q2; Q3; Q4 e-tron; Q5; Q6 e-tron=Q6; Q7; Q8=Q8 e-tron; e-tron=etron; e-tron GT; TT; R8; RS 6=RS6; RS 3=RS3; S3; 80; 100; Quattro*
Škoda: Octavia*; Fabia*; Superb*; Kodiaq; Karoq; Kamiq; Scala*; Enyaq=Enyaq iV; Elroq; Yeti*; Rapid*; Citigo; Felicia*; Favorit*; Roomster; Kushaq; Slavia*; Epiq; Kylaq; 105; 120
SEAT: Ibiza*; Leon*=León; Arona; Ateca; Tarraco; Mii; Alhambra*; Altea; Exeo; Panda*; 600; 127;
Cupra: Born*; Formentor; Tavascan; Terramar; Leon*; Ateca; Raval*; Urban Rebel
Porsche: 911=Neunelfer; Cayenne*; Macan; Panamera; Taycan; Boxster; Cayman*; 718; 918 Spyder; 944; 356; Carrera GT
Bentley: Continental GT; Bentayga; Flying Spur; Mulsanne
Lamborghini: Urus; Huracán; Revuelto; Aventador; Temerario; Countach; Murciélago; Gallardo
BMW: 1 Series=1er=Série 1=Serie 1=1 Serie; 2 Series=2er=Série 2=Serie 2=2 Serie; 3 Series=3er=Série 3=Serie 3=3 Serie; 4 Series=4er=Série 4=Serie 4=4 Serie; 5 Series=5er=Série 5=Serie 5=5 Serie; 7 Series=7er=Série 7=Serie 7=7 Serie; 8 Series=8er=Série 8=Serie 8; X1; X2; X3; X4; X5; X6; X7; XM; iX; iX1; iX2; iX3; i3; i4; i5; i7; i8; Z4; Z3; M2; M3; M4; M5; Isetta*; Neue Klasse*
Mini: Cooper*=Cooper SE=Mini Cooper; Countryman*; Clubman; Aceman; Paceman; Convertible*; John Cooper Works
Rolls-Royce: Phantom*; Ghost*; Cullinan; Spectre*; Wraith*; Dawn*
Mercedes-Benz: A-Class=A-Klasse=Classe A=Clase A=A-Klasse; B-Class=B-Klasse=Classe B=Clase B; C-Class=C-Klasse=Classe C=Clase C; E-Class=E-Klasse=Classe E=Clase E; S-Class=S-Klasse=Classe S=Clase S; G-Class=G-Klasse=Classe G=Clase G=G-Wagen; V-Class=V-Klasse=Classe V=Clase V; CLA; CLE; CLS; GLA; GLB; GLC; GLE; GLS; EQA; EQB; EQC; EQE; EQS; EQV; EQT; Sprinter*=eSprinter; Vito=eVito; Citan=eCitan; T-Class=T-Klasse=Classe T; X-Class=X-Klasse=Classe X; SL; AMG GT; Vaneo; W123; 190
Mercedes-AMG: GT; One*; C 63
Mercedes-Maybach: S-Class=S-Klasse; EQS SUV; GLS
Toyota: Corolla*=Corolla Cross; Yaris=Yaris Cross; Camry; RAV4; C-HR; Prius; Land Cruiser=Landcruiser; Hilux; Aygo=Aygo X; Supra*; bZ4X; bZ3; Highlander*; Sienna*; Tacoma*; Tundra*; Sequoia*; Proace=Proace City=Proace Verso; Mirai*; GR86; GR Yaris; Auris; Avensis; Verso*; Urban Cruiser; Fortuner; Innova; Hiace; Crown*; Alphard; Vios; Etios; Avanza; bZ; Century*; Celica; MR2; Starlet*; iQ
Lexus: RX; NX; UX; ES*; IS*; LS*; LC; LBX; RZ; GX; LX; LM; CT; RC; LFA
Daihatsu: Terios; Sirion; Copen; Move*; Tanto*; Rocky*; Mira*; Cuore*; Charade*; Hijet; Ayla; Xenia
Hino: 300; 500; 700; Ranger*
Hyundai: i10; i20; i30; i40; Tucson*; Kona=Kona Electric; Santa Fe*; Ioniq 5=IONIQ 5; Ioniq 6=IONIQ 6; Ioniq 9; Ioniq; Bayon; Elantra=Avante; Sonata*; Creta*; Solaris*; Palisade*; Inster; Staria; Getz; Accent*; Venue*; ix35; ix20; Matrix*; Santa Cruz*; Nexo; Veloster; Grandeur*=Azera; Casper; Atos; Verna; Alcazar; Exter; H-1=Starex; Porter*; Galloper; Pony*; Stellar
Kia: Picanto; Rio*; Ceed=cee'd=ProCeed; XCeed; Sportage; Sorento; Niro=e-Niro; EV6; EV9; EV3; EV4; EV5; PV5; Stonic; Soul*=e-Soul; Stinger*; K5; K8; K3; K4; Seltos; Carnival*=Sedona; Telluride; Optima*; Carens; Sonet; Venga; Cerato; Mohave; Morning*; Ray*; Tasman; Pride*; Sephia; Clarus
Genesis: G70; G80; G90; GV60; GV70; GV80; GV90
Nissan: Micra; Juke; Qashqai; X-Trail; Leaf*; Ariya; Navara; Note*; Almera; Patrol*; GT-R; Townstar; Primastar; Interstar; Sentra; Altima; Rogue*; Pathfinder*; Frontier*; Kicks*; Terrano; Murano*; Tiida; Pulsar*; Z*=370Z=350Z; Pixo; Cube*; NV200; NV300; NV400; e-NV200; Sunny*; Versa*; Maxima*; Armada*; Titan*; Skyline*; Silvia*; Sylphy; Teana; Magnite; Primera; Serena*; Sakura*; Dayz; Kait; N7; Frontera*
Infiniti: Q50; Q60; QX50; QX55; QX60; QX80; Q30; QX30; Q70
Datsun: on-DO=on DO; mi-DO; redi-GO; Go*=Go+; 240Z
Honda: Civic*; Jazz*=Fit*; CR-V; HR-V; ZR-V; e:Ny1=eNy1; Accord*; Pilot*; Odyssey*; NSX; Passport*; Ridgeline; City*; Amaze*; Prelude*; Insight*; Legend*; FR-V; S2000; CR-Z; e:NS1; e:NP1; Prologue*; Elevate*; WR-V; BR-V; Vezel; Freed*; N-Box; Brio*; Stream*
Acura: MDX; RDX; Integra; TLX; NSX; ZDX; ADX; ILX; RLX
Mazda: 2=Mazda2; 3=Mazda3; 6=Mazda6=Atenza; CX-3; CX-30; CX-5; CX-50; CX-60; CX-70; CX-80; CX-90; CX-7; CX-9; MX-5=Miata; MX-30; RX-8; RX-7; 323; 626; BT-50; EZ-6=6e; Premacy; Tribute*
Subaru: Impreza; Forester*; Outback*; XV; Crosstrek; Solterra; BRZ; Legacy*; WRX; Levorg; Ascent*; Tribeca; Justy; Trezia; Uncharted*
Suzuki: Swift*; Vitara=Grand Vitara; S-Cross=SX4 S-Cross; SX4; Jimny; Ignis; Baleno; Alto*; Celerio; Across*; Swace; Ertiga; Dzire; Wagon R=WagonR; Splash*; Liana*; Kizashi; Samurai*; eVitara=e Vitara; Fronx; Brezza; Ciaz; Carry*; Every*; Hustler*; Spacia; XL7; Jimny Sierra
Maruti Suzuki: Swift*; Alto*; Baleno; Dzire; Brezza; Wagon R=WagonR; Ertiga; Grand Vitara; Fronx; Celerio; Invicto; Jimny; XL6; Eeco; S-Presso; Ciaz; Ignis; e Vitara; Maruti 800=800
Mitsubishi: Outlander; ASX; Eclipse Cross; Space Star=Mirage; L200=Triton; Pajero=Montero=Shogun; Pajero Sport; Colt*; Lancer*; i-MiEV; Xpander; Galant*; Grandis; Carisma; Delica; eK; Attrage
Isuzu: D-Max; MU-X; Trooper*; N-Series; Elf*
Ford: Fiesta*; Focus*; Kuga; Puma*; Mustang*; Mustang Mach-E=Mach-E; Explorer*; Ranger*; Transit*; Transit Custom; Transit Connect; Transit Courier; Tourneo=Tourneo Custom=Tourneo Connect=Tourneo Courier; F-150=F-150 Lightning=F150; F-250; Super Duty; Bronco*; Bronco Sport; Escape*; Edge*; Mondeo*; Galaxy*; S-Max; C-Max; B-Max; EcoSport; Ka*=Ka+; Maverick*; Expedition*; Capri*; Territory*; Everest*; Fusion*; Taurus*; Model T*; Escort*; Sierra*; Granada*; Cortina*; Focus RS; Thunderbird; GT*
Lincoln: Navigator*; Aviator*; Nautilus*; Corsair*; Continental*; MKZ; MKX; Town Car
Chevrolet: Silverado; Camaro; Corvette; Malibu*; Equinox*; Tahoe*; Suburban*; Spark*; Cruze; Aveo; Bolt*=Bolt EV=Bolt EUV; Blazer*; Traverse*; Trax; Captiva; Niva=Нива; Onix; Tracker*; Volt*; Express*; Lacetti; Lanos; Matiz; Nexia; Cobalt*; Spin*; Damas; Labo; Gentra; Kalos; Epica; Impala*; Sonic*; Trailblazer*; S10; Brightdrop=BrightDrop
Cadillac: Escalade; Lyriq; CT4; CT5; CT6; XT4; XT5; XT6; Celestiq; Optiq; Vistiq; BLS; Eldorado*; DeVille
Buick: Enclave*; Encore*; Envision*; Envista; LaCrosse; Regal*; Electra*; Verano*; Excelle; GL8; Velite
GMC: Sierra*; Yukon; Hummer EV=Hummer; Canyon*; Acadia*; Terrain*; Savana
Hummer: H1; H2; H3; EV
Pontiac: Firebird; GTO; Aztek; Trans Am; Vibe*; Solstice*
Saturn: Vue*; Ion*; Sky*; Aura*
Holden: Commodore*; Barina; Astra
Daewoo: Matiz; Lanos; Nexia; Nubira; Leganza; Espero*; Tico; Kalos; Lacetti
Tesla: Model 3=Model Three; Model Y; Model S; Model X; Cybertruck; Roadster*; Semi*; Cybercab; Model 2=Model Q
BYD: Atto 3=Yuan Plus; Atto 2=Yuan Up; Dolphin*; Seagull*=Dolphin Surf=Dolphin Mini=Atto 1; Seal*; Seal U=Sealion 6=Song Plus; Sealion 7; Seal 6; Han*; Tang*; Song*; Qin*=Qin Plus; Yuan*; e6; e2; F3; Sealion 5; Shark*; Destroyer 05; Frigate 07
Denza: D9; N7; N8; Z9 GT=Z9; B5; B8
Yangwang: U8; U9; U7
Fangchengbao: Bao 5=Leopard 5; Tai 3; Tai 7
Volvo: XC40; XC60; XC90; EX30; EX90; EX40; EC40; ES90; EX60; V60; V90; S60; S90; C40; V40; V50; V70; S40; S80; XC70; 240; 740; 850; 940; C30; C70; P1800; Amazon*
Polestar: 1; 2; 3; 4; 5; 6; 7
Lynk & Co: 01; 02; 03; 05; 06; 08; 09; Z10; 900
Zeekr: 001; 007; 7X; 009; Mix*
Lotus: Emira; Eletre; Emeya; Elise*; Exige; Evora; Evija; Esprit*; Elan*; Europa*; Seven*
Smart: fortwo=ForTwo=City Coupé; forfour=ForFour; #1; #3; #5; Roadster*; crossblade
Geely: Coolray=Binyue; Atlas*=Boyue; Emgrand; Tugella=Xingyue; Monjaro=Xingyue L; Okavango*; Preface*=Xingrui; Geometry C; Galaxy E5=E5; Galaxy L7; Galaxy E8; EX5; Starray; Cityray; Panda Mini; Xingyuan=Star Wish; MK; CK; Tugella FY11; Azkarra; Belgee X50
Belgee: X50; X70; S50
Proton: Saga*; X50; X70; X90; Persona*; Iriz; Wira; S70; Exora; Preve; e.MAS 7
Chery: Tiggo 4=Tiggo 4 Pro; Tiggo 7=Tiggo 7 Pro; Tiggo 8=Tiggo 8 Pro=Tiggo 8 Pro Max; Tiggo 2; Tiggo 9; Arrizo 5; Arrizo 6; Arrizo 8; QQ; Amulet*; Bonus*; Very*; Fulwin; eQ1
Omoda: 5=C5=Omoda 5; 7=C7; E5; 3; S5
Jaecoo: 7=J7; 5=J5; 8=J8; 6=J6
Exeed: TXL; LX; VX; RX; Sterra ES; Sterra ET; Yaoguang
Jetour: Dashing*; X70; X90; T2; X50; Traveller*
Tenet: T4; T7; T8
Haval: H6; Jolion; H9; Dargo; F7; H2; H5; M6; F7x; Big Dog; Raptor*; H3
Great Wall: Wingle; Poer=Cannon; Hover*; Safe*; Deer*; Steed*; King Kong Poer
Wey: Coffee 01=01; Coffee 02; 05; Mocha*; Latte*; VV7; Lanshan; Gaoshan
Ora: Funky Cat=Good Cat=03; 07=Lightning Cat; Ballet Cat; Black Cat; R1
Tank: 300; 400; 500; 700
MG: 4=MG4=MG4 Electric; ZS=ZS EV=ZS Hybrid+; HS=EHS; 3=MG3; 5=MG5; Marvel R; Cyberster; 7=MG7; 6=MG6; S5 EV=S5; TF; ZT; Cyber GTS; One*; 3 Hybrid+; Hector; Astor; Gloster; Comet*; Windsor*; IM5; IM6; 9
Roewe: RX5; i5; i6; RX8; Ei5; D7
Maxus: eDeliver 3; eDeliver 7; eDeliver 9; T90=eT90; T60; G10; Mifa 9=MIFA 9; V80; Deliver 9; Euniq 6
IM Motors: L6; L7; LS6; LS7; IM5; IM6
Wuling: Hongguang Mini EV=Hongguang MINIEV=Mini EV; Bingo*; Air ev; Hongguang; Starlight*; Xingchen
Baojun: 510; 530; 730; Yep*; KiWi; Yunduo; Cloud*
Changan: CS35=CS35 Plus; CS55=CS55 Plus; CS75=CS75 Plus; CS85; CS95; UNI-K; UNI-V; UNI-T; Alsvin; Eado; Hunter*; Lamore; Benni
Deepal: S07; L07; S05; G318; SL03; S7
Avatr: 11; 12; 07; 06
Dongfeng: Aeolus; Box*; Nammi; Shine*; Mage; AX7; 580; Rich*; Captain*; Fengon; Huge*
Voyah: Free*; Dream*; Passion*; Courage*
Forthing: T5; T5 EVO; U-Tour; Friday*
Venucia: D60; T60; V-Online; VX6
Hongqi: H9; E-HS9; HS5; H5; HQ9; EH7; EHS7; HS7; H7; E-QM5; L5
Bestune: T77; T99; B70; NAT; Yueyi 03; Pony*
GAC: GS3; GS4; GS8; GN6; GN8; Empow; M8; Emkoo; Emzoom; GS3 Emzoom
Aion: S Plus; Y Plus; V Plus; LX Plus; Hyper GT; Hyper SSR; UT; RT
BAIC: BJ40; BJ60; BJ80; X35; X55; X7; EU5; U5 Plus; Senova; EX3
Arcfox: Alpha S; Alpha T; Kaola; αS; αT
NIO: ET5=ET5 Touring; ET7; ES6; ES8; EL6; EL7; EC6; EC7; ET9; ES7; EL8; ET3
Onvo: L60; L90
XPeng: G6; G9; P7=P7+=P7i; P5; X9; Mona=MONA M03=M03; G3; G7
Li Auto: L6; L7; L8; L9; Mega*=MEGA; ONE*; i8; i6
Aito: M5; M7; M9; M8
Seres: 3; 5; 7
Neta: GT; Aya; V-II; X Plus; L Plus
Leapmotor: T03; C10; B10; C11; C16; C01; B05; S01
Xiaomi: SU7; YU7
Aiways: U5; U6
JAC: iEV7; T8; S3; S4; J7; e-JS1; JS4; Refine; Sunray
VinFast: VF 8=VF8; VF 9=VF9; VF 6=VF6; VF 7=VF7; VF 5=VF5; VF 3=VF3; VF e34=e34; Lux A2.0=Lux A; Lux SA2.0=Lux SA; Fadil; President*
Togg: T10X; T10F
KG Mobility: Torres=Torres EVX; Tivoli*; Korando; Rexton; Musso; Actyon; Kyron; Rodius
Tata: Nexon=Nexon EV; Punch*; Harrier*; Safari*; Tiago; Tigor; Altroz; Curvv; Nano*; Indica; Sierra*; Sumo*; Hexa; Ace*; Xenon*
Mahindra: Scorpio*=Scorpio-N; XUV700; XUV300; XUV 3XO=3XO; Thar*; Bolero*; BE 6=BE6; XEV 9e; XUV400; Marazzo; KUV100; TUV300; Alturas; Pik-Up
Perodua: Myvi; Axia; Bezza; Aruz; Alza; Ativa; Kancil; Kelisa
Iran Khodro: Samand; Dena; Runna; Tara; Soren; Rira; Paykan
Saipa: Pride*; Tiba; Saina; Shahin; Quick*; Atlas*
Infiniti: FX; EX; JX
Jaguar: F-Pace; E-Pace; I-Pace; XE; XF; XJ; F-Type; E-Type; Type 00; XK; S-Type; X-Type
Land Rover: Defender*; Discovery*; Discovery Sport; Freelander*; Series I; Range Rover
Range Rover: Sport*; Evoque; Velar; Classic*
Aston Martin: DB11; DB12; DBX=DBX707; Vantage*; Valkyrie; DBS; Vanquish*; Valhalla*; Rapide*; DB5; Lagonda*
McLaren: 720S; Artura; 750S; GT*; P1; Senna*; Elva*; W1; F1; 570S; GTS
Ferrari: Purosangue; 296 GTB=296; SF90=SF90 Stradale; F8=F8 Tributo; 812=812 Superfast; 12Cilindri; Portofino*; F40; LaFerrari; Testarossa; Enzo*; 488; 458; F80; Amalfi*; Elettrica
Bugatti: Chiron; Veyron; Tourbillon*; Divo*; Mistral*; Bolide*
Rimac: Nevera; Concept One
Koenigsegg: Jesko; Regera; Gemera; Agera; CC850
Pagani: Zonda; Huayra; Utopia*
Morgan: Plus Four; Plus Six; Super 3; 3 Wheeler
Saab: 9-3=93; 9-5=95; 900; 9000; 99; 96
Rover: 75; 25; 45; 200; 400; 600; 800; SD1; Metro*
Tatra: 603; 613; 815; Phoenix*; T815
Zastava: Yugo; Koral; 750; Skala*; 101
Trabant: 601; P50; 1.1
Wartburg: 353; 1.3
Rivian: R1T; R1S; R2; R3; R3X; EDV
Lucid: Air*; Gravity*; Earth*
Fisker: Ocean*; Karma*; Pear*; Ronin*
Microlino: Lite*; Spiaggina
Aixam: City*; Crossline; Coupé*; e-City
LEVC: TX; VN5
Iveco: Daily*; S-Way; Eurocargo; Stralis; Trakker; eDaily
MAN: TGX; TGS; TGE; TGL; TGM; Lion's City
Scania: R-series=R-Serie; S-series=S-Serie; G-series; P-series
Volvo Trucks: FH; FM; FMX; FL; FE; FH16; VNL
Renault Trucks: T High; E-Tech T; E-Tech C; Master*=Master E-Tech; Trafic*
DAF: XF; XG; XD; CF; LF
Mercedes-Benz Trucks: Actros; Arocs; Atego; Econic; eActros; Unimog
Freightliner: Cascadia; M2; eCascadia
Kamaz: 5490; 54901; 6520; 65115; 43118; Kompas=Компас; Kama-1
MAZ: 5440; 6430; 4371
Sollers: Argo*; Atlant*; SP7
Hindustan Motors: Ambassador*; Contessa*
Force Motors: Traveller*; Gurkha*; Trax*
Ashok Leyland: Dost; Bada Dost; Falcon*
Foton: Tunland; Aumark; View*; Sauvana; Toano
Brilliance: V5; H530; V3; BS6
Haima: 7X; 8S; Aishang
Skywell: ET5; BE11; HT-i
Zotye: T600; Z100; SR9
Mobilize: Duo*; Bento*; Limo*
Ravon: R2; R3; R4; Nexia R3; Gentra
ZIL: 130=ЗИЛ-130; 131; 5301=Bychok=Бычок; 41047; 4104
ZAZ: Zaporozhets=Запорожец; Tavria=Таврия; Slavuta=Славута; Sens*; Lanos; Forza; Vida*; 968
Evolute: i-Pro; i-Jet; i-Joy; i-Space
Genesis: GV60 Magma; X Gran Berlinetta
Cupra: DarkRebel; Raval*
Suzuki: Escudo; Hayabusa
Dodge: Ram 1500; Neon*; Stealth*
"""


def build():
    """Models in order of first mention, merged by brand and folded name. A name that is a
    model of its own (Proace City, Q8 e-tron, Corolla Cross) is no alias of another, and an
    alias two models share stays with the first."""
    models = {}
    order = []
    for line in (MODELS + MORE_MODELS).strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        brand, rest = line.split(":", 1)
        brand = brand.strip()
        for item in rest.split(";"):
            item = item.strip()
            if not item:
                continue
            # "Tipo (1988)", "Lanos (Chevrolet)": the qualifier only tells lines apart.
            forms = [re.sub(r"\s*\([^)]*\)", "", x).strip() for x in item.split("=")]
            common = any(x.endswith("*") for x in forms[:1]) or forms[0] in COMMON_WORDS
            forms = [x.rstrip("*").strip() for x in forms]
            name, aliases = forms[0], forms[1:]
            # "Polestar: Polestar 3" is Polestar's 3: a model name never repeats its brand.
            if fold(name).startswith(fold(brand) + " "):
                name = name[len(brand):].strip()
            key = (brand, fold(name))
            if key in models:
                models[key][1].extend(aliases)
                models[key][2] = models[key][2] or common
                continue
            models[key] = [name, aliases, common]
            order.append(key)
    # "Volvo FH16", "Renault T High": a truck maker's models are written with the name of the
    # maker it was part of, less "Trucks" (unless that maker has a model of the same name).
    for (brand, folded), entry in models.items():
        parent = brand.removesuffix(" Trucks")
        if parent != brand and (parent, folded) not in models:
            entry[1].append(f"{parent} {entry[0]}")
    taken = set(models)
    out = []
    for key in order:
        brand = key[0]
        name, aliases, common = models[key]
        kept = []
        for a in dedup(aliases, exclude=[name]):
            k = (brand, fold(a))
            if k in taken:
                continue
            taken.add(k)
            kept.append(a)
        out.append((brand, name, kept, common))
    return out


# Bare names that mostly mean something else in car news (a US state, an ordinary word): the
# model counts only written with its brand ("Volkswagen California", "Saab Aero").
BRAND_ONLY = {("Volkswagen", "California"), ("Ferrari", "California"), ("Saab", "Aero"),
              # A city ("plants in Windsor, Ontario"); "nuova" is Italian for new ("la nuova
              # Panda" is the next Panda, not the 2003 Nuova Panda).
              ("Chrysler", "Windsor"), ("Fiat", "Nuova 500"), ("Fiat", "Nuova Panda")}


def main():
    with open(os.path.join(ROOT, "brands.toml"), "rb") as f:
        bnames = {b["name"] for b in tomllib.load(f)["brand"]}
    models = build()
    with open(os.path.join(ROOT, "models.toml"), "w", encoding="utf-8") as f:
        f.write("# plantscope gazetteer: vehicle models\n")
        f.write("# Generated by scripts/gen_models.py -- edit the script, not this file.\n")
        f.write("# Facts compiled from public references (manufacturer sites, Wikipedia model lists);\n")
        f.write("# data licence: CC0 / MIT as part of plantscope.\n")
        f.write("# `name` excludes the brand; `common = true` => bare name only fires capitalised;\n")
        f.write("# `brand_only = true` => no bare name at all.\n")
        for brand, name, aliases, common in models:
            if brand not in bnames:
                sys.exit(f"unknown brand {brand!r} for model {name!r}")
            f.write(f"\n[[model]]\nbrand = {q(brand)}\nname = {q(name)}\naliases = {qlist(aliases)}\n")
            if common:
                f.write("common = true\n")
            if (brand, name) in BRAND_ONLY:
                f.write("brand_only = true\n")
    print(f"models: {len(models)}")


if __name__ == "__main__":
    main()
