"""More model line-ups for gen_models.py: historic, regional (Chinese, Indian, Korean, Latin
American, Eastern European) models and variants that are separate cars. Same line format as
gen_models.MODELS; lines for a brand already listed add to it. Facts from public references
(Wikipedia model lists and manufacturer histories); written for plantscope; MIT.
"""

MORE_MODELS = """
# Names the real pages of batch 9 used, and the rest of the pattern they show: Tesla's models
# written without the space (ModelY, "国产Model3"); Geely's Chinese names (博越, 远景X1, 帝豪, 缤越,
# 星越, 星瑞, 豪越, 嘉际, 缤瑞, 银河; from Geely's Chinese model list on Wikipedia); DS N°7 (2025);
# Peugeot e-308 SW. 远景 alone is an ordinary word ("long-term vision"): only 新远景, 吉利远景 and the
# lettered Visions.
Tesla: Model 3=Model3; Model Y=ModelY; Model S=ModelS; Model X=ModelX
Geely: Atlas*=博越; Boyue L=博越L; Boyue Cool=博越COOL; Emgrand=帝豪; Emgrand GL=帝豪GL; Emgrand GS=帝豪GS; Coolray=缤越; Tugella=星越; Monjaro=星越L; Preface*=星瑞; Okavango*=豪越; Jiaji=嘉际; Binrui=缤瑞; Vision*=新远景=吉利远景; Vision X1=远景X1; Vision X3=远景X3; Vision X6=远景X6; Vision S1=远景S1; Galaxy L7=银河L7; Galaxy E8=银河E8; Galaxy E5=银河E5; Galaxy L6=银河L6; Galaxy Starship 7=银河星舰7
DS Automobiles: N°7=N° 7
Peugeot: 308 SW=e-308 SW; 408=e-408
# Names the real pages of batch 8 used: Toyota's Japanese-market cars in katakana, Tata's
# fleet saloon, the Kia Rio in hangul.
Toyota: Porte*=ポルテ; JPN Taxi=JPN TAXI=ジャパンタクシー
Tata: Xpres-T=XPRES-T=Xpres-T EV=XPRES-T EV
Kia: Rio=리오
# Korean names the real pages of batch 7 used, and the rest of the Korean makers' line-ups
# in hangul (Hyundai, Kia, GM Korea, Ford's first Korean-built car), from the makers' model
# histories; Volkswagen do Brasil's Polo Track.
Hyundai: Verna=베르나; Click*=클릭; Equus=에쿠스; Veracruz=베라크루즈; Tuscani=투스카니; Palisade=팰리세이드=펠리세이드; H-1=그랜드스타렉스=그랜드 스타렉스=스타렉스; Accent=엑센트; Atos=아토스; Galloper=갤로퍼; Terracan=테라칸; Trajet=트라제; Dynasty=다이너스티; Marcia=마르샤; Stellar=스텔라; Aslan=아슬란; Santamo=싼타모; Lavita=라비타; Getz=겟츠; Genesis Coupe=제네시스 쿠페; i40=i40; Mighty=마이티; County=카운티
Kia: Pride=프라이드; Sephia=세피아; Spectra=스펙트라; Optima=옵티마; Lotze=로체; Opirus=오피러스; Mohave=모하비; Stinger=스팅어; Soul=쏘울; Carens=카렌스; Bongo=봉고; K3=기아 K3; K7=기아 K7; K9=기아 K9; Stonic=스토닉; Sorento=쏘렌토; Sportage=스포티지; EV3=기아 EV3; EV4=기아 EV4; EV5=기아 EV5; Tasman=타스만
Chevrolet: Malibu=말리부; Spark=스파크; Trax=트랙스; Trailblazer=트레일블레이저; Equinox=이쿼녹스; Orlando=올란도; Damas=다마스; Labo=라보; Lacetti=라세티; Matiz=마티즈; Captiva=캡티바; Aveo=아베오
Ford: Cortina=코티나
Volkswagen: Polo Track
# Names the real pages of batch 5 used: katakana written with a space or a number, hangul,
# historic Škoda saloons by number, Nissan's Note Aura.
Toyota: Land Cruiser Prado=ランドクルーザー プラド=ランクルプラド; Land Cruiser 250=ランドクルーザー250=ランドクルーザー 250=ランクル250; Vanguard*=ヴァンガード
Lexus: IS F=レクサスIS F
Nissan: Note Aura=ノートオーラ=ノート オーラ
Hyundai: Veloster=벨로스터; Veloster N=벨로스터N=벨로스터 N
Škoda: 1200; 450
Renault: R4=4L
Jawa: 700; Minor*
# Japanese, Korean and Chinese names the real pages of batch 4 used (katakana, hangul, hanzi).
Daihatsu: Move=ムーヴ=ムーブ; Tanto=タント; Mira=ミラ・イース=ミライース; Hijet=ハイゼットカーゴ=ハイゼットトラック
Honda: Jazz=フィット=新型フィット; Freed=フリード
Hyundai: Kona=코나=코나 하이브리드=코나 일렉트릭; Pony*=포니; Excel*=포니 엑셀; Ioniq 6=아이오닉 6; Grandeur=그랜저; Staria=스타리아; Venue*=베뉴; Nexo=넥쏘; Casper=캐스퍼
Kia: EV6=기아 EV6; EV9=기아 EV9; Niro=니로; Seltos=셀토스; Carnival=카니발; K8=기아 K8
Genesis: G70=제네시스 G70; G80=제네시스 G80; G90=제네시스 G90; GV60=제네시스 GV60; GV70=제네시스 GV70; GV80=제네시스 GV80
Toyota: Land Cruiser Prado=普拉多=霸道; Coaster=柯斯达; Corolla=卡罗拉; Levin=雷凌; Highlander=汉兰达; Vios=威驰; Yaris=致炫
Volvo: S60=S60L=沃尔沃S60; S90=S90L=沃尔沃S90; XC60=沃尔沃XC60; XC90=沃尔沃XC90
# Japanese, Chinese and Korean names (aliases of the models above or in gen_models).
Toyota: Land Cruiser=ランドクルーザー=ランクル=陆地巡洋舰=蘭德酷路澤; Prius=プリウス=普锐斯; Corolla=カローラ=卡罗拉; Camry=カムリ=凯美瑞; Alphard=アルファード=埃尔法; Hilux=ハイラックス; Yaris=ヤリス=雅力士; RAV4=荣放; Crown=クラウン=皇冠; Century=センチュリー; Highlander=汉兰达; Sienna=赛那; Harrier=ハリアー; Hiace=ハイエース; Mirai=ミライ; Supra=スープラ; Soarer=ソアラ; Celica=セリカ; Celsior=セルシオ; Mark X=マークX; Mark II=マークII; Auris=オーリス; Wish*=ウイッシュ; Carina=カリーナ; Aristo=アリスト; Vitz=ヴィッツ; Sienta=シエンタ; Voxy=ヴォクシー; Estima=エスティマ; Chaser=チェイサー; Stout=スタウト; Starlet=スターレット; Tercel=ターセル; Vellfire=ヴェルファイア; Avensis=アベンシス
Lexus: LS=レクサスLS; RX=レクサスRX
Toyota: Supra=スープラ; Soarer=ソアラ; Mark X=マークX; Mark II=マークII; Auris=オーリス; Wish*=ウイッシュ; Celica=セリカ; Carina=カリーナ; Celsior=セルシオ; Aristo=アリスト; Corona; Stout; Vitz=ヴィッツ; Prius C; Sienta=シエンタ; Noah; Voxy=ヴォクシー; Vellfire=ヴェルファイア; Estima=エスティマ; Raize; Corolla Cross=カローラクロス; Yaris Cross=ヤリスクロス; Prius+=プリウスα; Passo=パッソ; Probox=プロボックス; Coaster; Dyna; Land Cruiser Prado=ランドクルーザープラド; Chaser=チェイサー; Cresta=クレスタ; Tercel=ターセル; Starlet; MR2; Sprinter; Ipsum=イプサム; Premio=プレミオ; Allion=アリオン; Crown Majesta=クラウンマジェスタ; Avensis=アベンシス; Camry=カムリ; 2000GT=トヨタ2000GT
Lexus: ES=レクサスES; NX=レクサスNX; IS=レクサスIS; UX=レクサスUX; LX=レクサスLX; GX=レクサスGX; LC=レクサスLC; RC=レクサスRC; LM=レクサスLM; LBX=レクサスLBX; RZ=レクサスRZ; CT=レクサスCT; HS=レクサスHS; GS=レクサスGS
Nissan: Leaf; Kicks; Dayz; Roox=ルークス; March; Tiida=ティーダ; Sylphy=シルフィ; Fairlady Z=フェアレディZ; Ariya; Caravan; Juke; Murano=ムラーノ; Patrol; Sunny; Bluebird=ブルーバード; Cedric; Gloria; Laurel; Cima=シーマ; Fuga; Teana; Primera=プリメーラ; Cube; Moco; Silvia; Cherry
Honda: Jazz=ホンダ・フィット; Odyssey; Insight; Legend; Integra=インテグラ; Prelude; N-WGN=Nワゴン; N-One=N-ONE; Life=ホンダ・ライフ; CR-Z; Shuttle=ホンダ・シャトル; City=ホンダ・シティ; Civic Type R=シビックタイプR
Mazda: 2=デミオ; 3=アクセラ; 6=アテンザ; RX-7; RX-8; Bongo; Familia=ファミリア; Luce=ルーチェ; Cosmo; Carol
Subaru: Legacy=レガシィ; Outback; Crosstrek=クロストレック; XV=スバルXV; Solterra=ソルテラ; Sambar=サンバー; Leone; Justy
Suzuki: Wagon R=ワゴンR; Alto; Spacia=スペーシア; Escudo; Solio=ソリオ; Ignis=イグニス; Baleno=バレーノ; Carry=キャリイ; Every=エブリイ; Cervo=セルボ
Mitsubishi: Pajero=パジェロ; Outlander=アウトランダー; Delica=デリカ; Lancer; Lancer Evolution=ランサーエボリューション=ランエボ; eK Wagon=eKワゴン; Eclipse Cross=エクリプスクロス; i-MiEV=アイミーブ; Galant=ギャラン; Space Star; L200=トライトン
Daihatsu: Tanto; Move; Mira; Copen=コペン; Taft=ダイハツ・タフト; Rocky=ダイハツ・ロッキー; Hijet=ハイゼット; Boon; Terios=テリオス; Charade
Nissan: Skyline=スカイライン; GT-R=日産GT-R; Serena=セレナ; Note=ノート; Sylphy=轩逸; Teana=天籁; X-Trail=エクストレイル=奇骏; Qashqai=逍客; Elgrand=エルグランド
Honda: Civic=シビック=思域; Accord=アコード=雅阁; CR-V=本田CR-V; N-Box=N-BOX; Freed=フリード; Stepwgn=ステップワゴン; Vezel=ヴェゼル
Mazda: MX-5=ロードスター; CX-5=マツダCX-5
Suzuki: Jimny=ジムニー; Swift=スイフト; Hustler=ハスラー
Subaru: Forester=フォレスター=森林人; Impreza=インプレッサ; Outback=傲虎; Levorg=レヴォーグ
Volkswagen: Passat=帕萨特; Lavida=朗逸; Sagitar=速腾; Magotan=迈腾; Tiguan=途观
Volkswagen: Golf=高尔夫; Bora=宝来; Jetta=捷达; Santana=桑塔纳; Touran=途安; Teramont=途昂; Tharu=途岳; Lamando=凌渡; Phideon=辉昂; T-Cross=途铠; Tacqua=探影; Tayron=探岳; T-Roc=探歌; Touareg=途锐; Viloran=威然; Talagon=揽境; Polo=波罗
Škoda: Octavia=明锐; Superb=速派; Fabia=晶锐; Kamiq=柯米克; Karoq=柯珞克; Kodiaq=科迪亚克; Rapid=昕锐; Rapid Spaceback=昕动
Datsun: Truck*=ダットサントラック
Mitsubishi: Space Star=SpaceStar
BYD: Atto 3=元PLUS; Seagull=海鸥; Dolphin=海豚; Qin Plus=秦PLUS; Seal U=宋PLUS; Han=汉EV; Tang=唐DM
Wuling: Hongguang=宏光=宏光MINIEV
Tesla: Model 3=特斯拉Model 3; Model Y=特斯拉Model Y
Hyundai: Sonata=쏘나타; Elantra=아반떼; Grandeur=그랜저; Santa Fe=싼타페; Tucson=투싼; Palisade=팰리세이드; Casper=캐스퍼; Porter=포터; Ioniq 5=아이오닉 5
Kia: K5=기아 K5; Sorento=쏘렌토; Sportage=스포티지; Carnival=카니발; Morning=모닝; Ray=레이
Peugeot: 104; 204; 304; 305; 309; 403; 404; 504; 505; 604; 806; 1007; 202; 203; 402; 201; 301 (1932); J5; J7; J9; Partner Tepee; Bipper Tepee; 206 SW; 207 SW; 307 SW; 308 SW; 508 SW; 405 Mi16; 205 GTI; 208 GTi; RCZ R; Expert Tepee; e-2008 GT; 3008 Hybrid4; 408X; Hoggar; Pick Up*; Ion; 2008 GT; Inception*
Citroën: GS=GSA; BX; AX; ZX; Visa*; Dyane; Méhari=Mehari; CX; DS 19=DS19; DS 21; ID 19; SM; LN; LNA; Acadiane; HY=Type H; C15; C25; C35; Evasion*=Synergie; Xsara Coupé; Saxo VTS; C2; C3 Pluriel; C3 Picasso; C4 Cactus=Cactus*; C4 Aircross; C-Crosser; C-Quatre; C-Triomphe; C4L; C5 Tourer; Berlingo Multispace; Jumpy Combi; Ami 6; Ami 8; Rosalie*; Traction; Xantia Activa; E-Mehari; C3 You; Basalt; Aircross; Oli*; Elysée; C3 Aircross Max
DS Automobiles: DS 3 Cabrio; DS 4 Crossback; DS 5LS; DS 6; DS 7 E-Tense; DS 9 E-Tense; Jules Verne*; N°4
Opel: Ascona*; Rekord*; Commodore*; Senator*; Monza*; Diplomat*; Admiral*; GT*; Kapitän=Kapitan; Olympia*; Olympia Rekord; Blitz*; Record*; Speedster*; Campo*; Sintra*; Monterey*; Arena*; Astra F; Astra G; Astra H; Astra J; Astra K; Astra L; Corsa A; Corsa B; Corsa C; Corsa D; Corsa F; Vectra A; Vectra B; Vectra C; Omega A; Omega B; Kadett E; Kadett D; Kadett C; Cascada*; Grandland X; Crossland X; Mokka X; Zafira Tourer; Zafira Life; Vivaro Life; Combo Life; Astra Sports Tourer; Insignia Grand Sport; Manta GSe; Ampera-e; Experimental*
Vauxhall: Cavalier*; Astra Sports Tourer; Nova*; Carlton*; Senator*; Cresta*; Victor*; Velox*; Viva HA; Chevette*; Belmont*; Firenza*; Magnum*; Viceroy*; Royale*; Sintra*; Frontera*; Monterey*; Vectra; Omega*; Signum; Meriva; Tigra; Calibra; Ampera; VXR8; Monaro*; Agila; Antara; Grandland X; Crossland X; Mokka X; Vivaro Life; Combo Life; Movano-e; Vivaro-e
Fiat: 500X=500 X; 126=126p; 127; 128; 131; 132; 124; 125=125p; 130; 850; 600 (1955); 500 Topolino; 1100; 1500; 2300; Argenta*; Tempra; Tipo (1988); Brava*; Bravo (2007); Marea Weekend; Ulysse*; Barchetta*; Coupé*; Cinquecento Sporting; Seicento Sporting; Punto Evo; Grande Punto Abarth; Idea*; Siena*; Palio Weekend; Premio*; Duna*; Elba*; Uno Mille; Oggi*; Spazio*; Regata Weekend; Fiorino Qubo; Panda 4x4; Panda Cross; Panda 100HP; Nuova 500; 500C; 500 Abarth; 500e 3+1; 500X Sport; 500 Hybrid; 600e La Prima; Grande Panda Hybrid; Doblò Cargo; Ducato Maxi; E-Ducato; E-Doblò; E-Scudo; E-Ulysse; Fullback*; Freemont AWD; Viaggio; Ottimo; Toro Ultra; Fastback Abarth; Mobi Trekking; Argo Trekking; Cronos Precision; Strada Volcano; Titano Ranch; Qubo Trekking; X1/9=X19; Dino*; Campagnola*; Multicar*; Regatta*; Ritmo Abarth; Uno Turbo; Ritmo Cabrio; Strada (1978); Polski Fiat 125p; Palio Adventure; Sedici 4x4; Nuova Panda
Tofaş: Şahin=Sahin; Doğan=Dogan; Kartal*; Murat 124; Murat 131; Serçe=Serce
Alfa Romeo: Alfasud; Alfetta; Giulia (1962); Giulietta (1977); 33; 75; 90; 145; 146; 155; 164 Q4; GTV; Spider (1966); Montreal*; Arna; Alfa 6=Alfa Six; 2600; 1900; 6C; 8C Competizione; SZ; RZ; 147 GTA; 156 GTA; 159 Sportwagon; Crosswagon; Brera Spider; MiTo Quadrifoglio; Giulia Quadrifoglio; Stelvio Quadrifoglio; Junior Ibrida; Junior Elettrica; Milano*; Giulia GTA; 4C Spider; Tonale Plug-In Hybrid
Lancia: Aurelia*; Flaminia*; Flavia*; Appia*; Fulvia Coupé; Beta*; Montecarlo*; Trevi*; Prisma*; Dedra; Y10=Autobianchi Y10; Y=Ypsilon (1995); Thesis*; Phedra; Zeta*; Delta Integrale=Delta HF Integrale; 037; Rally 037; Aprilia*; Lambda*; Ardea; Ypsilon HF; Gamma Coupé
Maserati: Biturbo; Shamal; Ghibli (1967); Bora*; Merak*; Khamsin; Indy*; Kyalami; Mexico*; Mistral*; Sebring*; 3200 GT; 4200 GT; Coupé*; Spyder*; MC12; GranSport; Karif; Barchetta*; Quattroporte V; GT2 Stradale; GranTurismo Folgore; Grecale Folgore; MCPura
Chrysler: 200; 300M; Concorde*; LHS; New Yorker; Fifth Avenue; Cirrus*; Stratus*; LeBaron; Le Baron; Cordoba*; Imperial*; Newport*; Valiant*; Laser*; Aspen*; Prowler*; Pacifica Hybrid; Grand Voyager (2011); Delta*; Ypsilon*; Airflow*; Windsor*; Saratoga*; Horizon*; Alpine*; Sunbeam*; 180; 160; Simca 1100
Dodge: Aries*; Omni*; Shadow*; Spirit*; Dynasty*; Monaco*; Intrepid*; Stratus*; Magnum*; Caravan*; Grand Caravan; Ram Van; Dakota*; Power Wagon; Coronet*; Polara*; Dart (1960); Demon*; Super Bee; Charger Daytona; Challenger SRT; Viper SRT-10; Neon SRT-4; Colt*; Lancer*; Daytona*; Diplomat*; Mirada*; St. Regis; 600; Rampage*; Sprinter*; Attitude*; Vision*; Trazo; Journey Crossroad; Hornet R/T; Durango SRT; Charger Sixpack
Jeep: CJ=CJ-5=CJ-7; Willys MB; Wagoneer (1963); Grand Wagoneer L; Wagoneer S; Cherokee XJ; Comanche*; Scrambler*; Liberty KK; Patriot MK; Compass 4xe; Renegade 4xe; Wrangler 4xe; Grand Cherokee 4xe; Grand Cherokee L; Commander (2021); Meridian*; Gladiator Mojave; Avenger 4xe; Wrangler Unlimited; Wrangler Rubicon=Rubicon*; Cherokee Trailhawk; Forward Control
Ram: 1500 REV; 1500 TRX=TRX; 1500 Ramcharger=Ramcharger; HD; Chassis Cab; ProMaster EV; Rampage*; Dakota*; 1200; 2500 HD; 3500 HD; V700; 1000
Plymouth: Valiant*; Fury*; Barracuda*; Road Runner; Duster*; Volaré=Volare*; Horizon*; Reliant*; Acclaim*; Sundance*; Laser*; Breeze*; Neon*; Voyager*; Prowler*; Belvedere*; Satellite*; Savoy*; Plaza*; Cricket*; Arrow*; Champ*; Colt*; Caravelle*; Gran Fury; Trailduster; GTX; Superbird
Renault: Dauphine*; Floride*; Caravelle*; Frégate=Fregate*; 4CV; R4=Renault 4 (1961); R5=Supercinq=Super 5; R6; R8; R10; R12; R14; R15; R16; R17; R18; R20; R21; R25; R30; R9; R11; Fuego*; Alliance*; Encore*; Rodeo*; Estafette*; Super 5 GT Turbo; Clio Williams; Clio V6; Mégane RS=Megane RS; Mégane Scénic=Megane Scenic; Mégane Coupé; Laguna Coupé; Espace Quadra; Twingo RS; Twizy Cargo; Wind Roadster; Vel Satis Initiale; Safrane Biturbo; SM3=SM3 Neo; SM5; SM7 Nova; QM5; Samsung SM3; Filante*; Grand Koleos; Scénic E-Tech Electric; Rafale E-Tech; Symbioz E-Tech; Duster (2024); Kardian; Boreal*; Oroch; Stepway*; Sandero RS; Logan MCV; Kangoo Z.E.=Kangoo ZE; Fluence Z.E.=Fluence ZE; Zoé=ZOE; Trafic E-Tech; Master E-Tech; Estafette E-Tech; Goelette*; Manitoba*; Scala*; Pulse*; Clio Symbol; Thalia*; Nepta; Twingo (1993); Espace (1984); Megane II; Megane III; Clio II; Clio III; Clio IV; Clio V; Clio VI; Laguna II; Laguna III; Vivastella; Celtaquatre; Juvaquatre; Colorale; Prairie*; Primaquatre; Viva Grand Sport; Nervasport; Reinastella; Type AG; Torino*; Gordini*; Rambler Renault; Trafic Passenger; Master Red Edition; 5 Turbo; 5 Turbo 3E; Kwid E-Tech; Dacia Sandero
Dacia: 1100; 1410; 1210; 1300 Break; 1310 Break; 1320; 1325; 1410 Sport; Nova*; SupeRNova; Pick-Up=Drop Side; Logan MCV; Logan Van; Sandero Stepway; Duster Pick-Up; Jogger Hybrid; Spring Electric; Bigster Hybrid; Manifesto*; Striker*; Denem; Dokker Van; Lodgy Stepway; Logan Pick-Up
Alpine: A110; A310; A610; A290; A390; A108; A106; GTA; Alpenglow; A110 R; V6 Turbo; A521
Volkswagen: Golf Mk1; Golf Mk2; Golf Mk3; Golf Mk4; Golf Mk5; Golf Mk6; Golf Mk7; Golf Mk8; Golf Variant; Golf Plus; Golf Sportsvan; Golf Cabriolet; Golf R; Golf GTD; Golf GTE; Jetta Hybrid; Passat CC; Passat Variant; Passat Alltrack; Polo GTI; Polo Vivo; Polo Sedan; Polo Classic; Derby*; Santana*; Quantum*; Corsar; Carat*; Dasher*; Rabbit*; Type 2=T1=T2=Bully=Kombi*; Type 3; Type 4; Karmann Ghia; Kübelwagen=Kubelwagen; Schwimmwagen; Iltis*; Vanagon*; Eurovan; LT*; T3; T4; T5; Caravelle*; California*; Syncro*; Fox (2005); Parati*; Voyage*; Brasilia*; SP2; Passat B8; Golf Country; Touareg R; Tiguan L; Teramont X; Talagon; Atlas Cross Sport; ID. Buzz Cargo; ID.6=ID6; ID.3 GTX; ID.4 GTX; ID.5 GTX; ID.7 Tourer; ID. Cross; ID. Every1; ID. Unyx; ID. Era; ID. Aura; ID. Evo; Viloran; Tayron; Nivus GTS; Virtus GTS; T-Roc Cabriolet; Taigun; Ameo; Vento (India); Bora (China); Magotan; Sagitar GLI; Lavida Plus; Gran Lavida; Phideon; Polo Plus; Tacqua; Tharu XR; T-Cross Starlight; Up GTI; e-Crafter; e-Transporter; Crafter Grand California; Amarok V6; XL1; Eos*; Routan; Corrado VR6; Scirocco R; Lupo 3L; Golf Alltrack; Gol G5; Up!=up!
Audi: A2; A4 Allroad=A4 allroad; A6 Allroad=A6 allroad; A6 Avant; A4 Avant; A3 Sportback; A3 Cabriolet; A5 Sportback; A7 Sportback; A8 L; Q3 Sportback; Q5 Sportback; Q4 Sportback e-tron; Q8 e-tron; Q8 Sportback e-tron; Q6 Sportback e-tron; SQ5; SQ7; SQ8; SQ8 e-tron; S4; S5; S6; S7; S8; RS 4=RS4; RS 5=RS5; RS 7=RS7; RS Q3=RSQ3; RS Q8=RSQ8; RS e-tron GT; TTS; TT RS; R8 Spyder; 50; 60; 72; 75; 90; 200; V8; Coupé*; Cabriolet*; Fox*; Super 90; 80 Avant; 100 Avant; Sport Quattro; Q7 e-tron; A6 e-tron Avant; S6 e-tron; A6L; A4L; Q5L; Q2L; Q4 e-tron Sportback; Q5 e-hybrid; A3 e-tron; e-tron Sportback; e-tron S; Q9; Activesphere; Grandsphere; Urbansphere; Skysphere; E5 Sportback
Škoda: 100; 110; 1000 MB; Octavia (1959); Felicia (1959); Popular*; Rapid (1935); Superb (1934); Favorit 136; Forman*; Pick-up*; Estelle*; Garde*; 130 RS; Octavia RS=Octavia vRS; Octavia Combi; Superb Combi; Fabia Combi; Fabia RS; Enyaq Coupé; Kodiaq RS; Karoq Sportline; Scala Monte Carlo; Kamiq Monte Carlo; Yeti Outdoor; Rapid Spaceback; Citigo-e iV; Epiq*; Vision 7S; Kushaq Monte Carlo; Slavia Monte Carlo; Kylaq*; Tudor*; 1203; Trekka*; Octavia Scout; Fabia Scout
SEAT: Toledo*; Córdoba=Cordoba*; Arosa*; Málaga=Malaga*; Ronda*; Fura*; Marbella*; Inca*; Terra*; 124; 131; 132; 133; 1400; 1430; 850; 1500; 600 (1957); Ibiza Cupra; Leon Cupra; León ST=Leon ST; León X-Perience; Altea XL; Altea Freetrack; Exeo ST; Ateca Cupra; Tarraco FR; Mii Electric; El-Born; Leon Sportstourer; Ibiza SC; Panda (1980); Fura Crono; Ritmo*; Ronda Crono; Toledo Marathon
Cupra: Born*; Formentor; Ateca*; Leon*; Tavascan; Terramar; Raval*; UrbanRebel; Tindaya; Leon Sportstourer; Leon VZ; Born VZ; Formentor VZ5
Porsche: 912; 914; 924; 928; 959; 968; 964; 993; 996; 997; 991; 992; 550 Spyder; 356 Speedster; Carrera*; Boxster Spyder; Cayman GT4; Macan Electric; Taycan Cross Turismo; Taycan Sport Turismo; Panamera Sport Turismo; Cayenne Coupé; Cayenne E-Hybrid; 911 GT3; 911 Turbo; 911 Targa; 911 Dakar; 718 Spyder; 918; Mission X; Mission E; 904; 906; 917; 962; 935; Carrera GT (2003)
BMW: 3.0 CSL; 2002; 1502; 1602; 02 Series; E9; E21; E30; E36; E46; E90; F30; G20; E12; E28; E34; E39; E60; F10; G30; G60; E23; E32; E38; E65; F01; G11; G70; E24; E31; Z1; Z8; M1; M6; M8; i3s; i8 Roadster; iX M60; i4 M50; i5 M60; i7 M70; X3 M; X5 M; X6 M; M3 Touring; M5 Touring; 1 Series M Coupé; 2 Series Active Tourer; 2 Series Gran Tourer; 2 Series Gran Coupé; 3 Series Touring; 3 Series Gran Turismo; 4 Series Gran Coupé; 5 Series Touring; 5 Series Gran Turismo; 6 Series; 6 Series Gran Turismo; 6 Series Gran Coupé; 8 Series Gran Coupé; X5 xDrive50e; X1 xDrive; X3 30e; iX5 Hydrogen; 501; 502; 503; 507; 700; 1500; 1800; 2000; 2800; 3.0 CS; 328; 326; 327; 303; Dixi*; 3/15; Isetta 300; 600 (1957); Neue Klasse iX3; i Vision Dee; Vision Neue Klasse; Concept Skytop; XM Label
Mini: Cabrio*=Mini Cabrio=Convertible; Hatch*=F56=F55=R56=R50=R53=Cooper S; Coupé*; Roadster*; Electric*=Cooper SE; Cooper Electric; Aceman SE; Countryman E=Countryman SE; Clubvan; Moke*; Mk I; Mk II; Mini Paceman; One*; JCW; John Cooper Works GP; Traveller*; Strip*; Rocketman; Superleggera; Clubman S
Mercedes-Benz: W111; W113=Pagoda*; W114; W115; W116; W124; W126; W140; W201; W202; W203; W204; W205; W206; W210; W211; W212; W213; W214; W220; W221; W222; W223; W463; W460; W168; W169; W245; W176; W177; W246; W247; R107; R129; R230; R231; R232; 300 SL; 190 SL; 170; 180; 200; 220; 230; 250; 280; 300; 350; 380; 420; 450; 500; 560; 600 (1963); Ponton*; Heckflosse*; Adenauer*; SLK; SLC; SLR; SLS AMG; CLK; CL; GLK; ML=M-Class=M-Klasse; R-Class=R-Klasse; GL; MB100; MB 100; T1; T2; Vario*; LK; SK; NG; Unimog*; Actros*; Arocs*; Atego*; Axor*; Antos*; Econic*; Zetros*; eActros; eAtego; eEconic; Citaro*; eCitaro; Tourismo*; Travego*; Intouro*; Conecto*; Integro*; O 405; O 530; EQS SUV; EQE SUV; EQG; G 580; CLA Shooting Brake; CLS Shooting Brake; C-Class Estate; E-Class Estate; E-Class All-Terrain; C-Class All-Terrain; GLC Coupé; GLE Coupé; Maybach S-Class; Maybach GLS; AMG One=Mercedes-AMG One; AMG GT 4-Door; SL Roadster; CLE Cabriolet; V-Class Marco Polo; eVito Tourer; Vision EQXX; Concept CLA; X-Class (2017); Viano*; Vaneo*; A-Class Limousine; B-Class Electric; Sprinter 4x4; Strich-Acht; 600 Pullman; EQB 350; GLB 250
Toyota: Proace City=Proace City Verso=Proace City Electric; Proace Verso; Proace Max; Corolla Cross; Corolla Touring Sports; Corolla Hatchback; Corolla Sedan; Corolla Levin; Corolla Altis; Yaris Cross; Yaris Ativ; Yaris Hybrid; GR Corolla; GR Supra; GR86=GT86; Land Cruiser Prado=Prado*; Land Cruiser 70; Land Cruiser 300; Land Cruiser 250; FJ Cruiser; Hilux Champ; Hilux Revo; Hilux Surf; 4Runner=4 Runner; bZ3X; bZ5; bZ7; bZ Woodland; C-HR+; Urban Cruiser Hyryder=Hyryder; Urban Cruiser Taisor; Glanza*; Rumion; Innova Crysta; Innova Hycross; Fortuner Legender; Etios Liva; Etios Cross; Qualis*; Corona*; Carina*; Cressida*; Tercel*; Paseo*; Cynos; Starlet (1973); Picnic*; Previa*; Estima*; Ipsum*; Avensis Verso; Corolla Verso; Yaris Verso; Prius+; Prius C=Aqua*; Prius V; Prius Plug-in; Avalon*; Venza*; Matrix*; Echo*; Solara*; Sera*; Soarer*; Chaser*; Mark II; Mark X; Crown Majesta; Crown Sport; Crown Signia; Century GRMN; Sienta*; Noah*; Voxy*; Vellfire*; Granvia*; HiAce Commuter; Coaster*; Dyna*; Toyoace; LiteAce; TownAce; Probox*; Succeed*; Harrier*; Kluger*; Grand Highlander; Sequoia TRD; Tacoma TRD; Tundra TRD; T100; Stout*; Tamaraw*; Kijang*; Rush*; Calya; Agya; Raize; Wigo*; Passo*; Vitz; Belta; Platz; Allion; Premio*; Camry Hybrid; Auris Touring Sports; iQ EV; RAV4 Prime; RAV4 Hybrid; Mirai (2020); e-Palette; Hilux GR Sport; Land Cruiser FJ; Sports 800=S800; 2000GT; Celica Supra; MR-S; Crown Clossover=Crown Crossover; Frontlander; Allion Premio; Wildlander; Levin*; Izoa; Veloz*; Avanza Veloz; Vios Cross
Lexus: RX 350; RX 450h; RX 500h; NX 350h; NX 450h+; UX 300e; ES 300h; IS 300h; IS 500; LS 500h; LC 500; RC F; GS*; SC*; HS*; LX 600; GX 550; TX*; LM 350h; RZ 450e; LBX Morizo; LFA II
Daihatsu: Charade*; Cuore*; Sirion*; Terios*; Copen*; Move*; Mira*; Tanto*; Taft*; Rocky*; Applause*; Feroza*; Rugger*; Materia*; Trevis*; YRV; Gran Move; Altis*; Hijet*; Atrai*; Thor*; Boon*; Ayla*; Xenia*; Sigra*; Gran Max; Luxio*; Terios Kid; Naked*; Esse*; Sonica*; Wake*; Cast*; Mebius; Consorte; Compagno
Hino: Ranger*; Profia; Dutro*; 300 Series; 500 Series; 700 Series; Blue Ribbon; Selega; Poncho*; Liesse*; Melpha; Contessa*
Hyundai: Santro*=Atos Prime; Aura*; Mistra; ix25; Grand i10=Grand i10 Nios; i20 N; i30 N; Elantra N; Kona N; Ioniq 5 N; Ioniq 6 N; Santa Fe Hybrid; Tucson Hybrid; Tucson N Line; Creta Electric; Alcazar Prestige; Xcent*; Eon*; Verna Fluidic; Elite i20; Fluidic Verna; Sonata Hybrid; Grandeur Hybrid; Genesis Coupé; Equus*; Dynasty*; Marcia*; Scoupe*; Tiburon*; Coupe*; Lantra*; Trajet*; Terracan; Veracruz*; Entourage*; XG*; Tuscani; Click*; Avega; HB20; HB20S; i30 Fastback; i30 Wagon; Ioniq Electric; Ioniq Hybrid; Ioniq Plug-in; Nexo (2025); Staria Load; H350; H100; Mighty*; Xcient; Pavise; Universe*; County*; Aero City; Elec City; Solati; Ioniq 9 (2025); Palisade Hybrid; Casper Electric=Inster EV; Mufasa; Custo; Lafesta; Reina*; Celesta*; Encino*; Pony Coupe; Presto*; Excel*; Stellar (1983); Granada (Hyundai); Cortina (Hyundai); Bayon (2021); Venue N Line; Exter CNG; Stargazer*; Avante N; Santa Cruz XRT
Kia: Sephia II; Shuma*; Spectra*; Carnival (2024); Opirus; Amanti*; K900=K9=Quoris; Borrego*; Mohave (2008); Sportage Hybrid; Sorento Hybrid; Niro EV; Niro Plus; EV6 GT; EV9 GT; EV3 GT; Ceed SW; ProCeed*; XCeed Plug-in; Stinger GT; K5 GT; Forte*; Forte Koup; Cadenza*; Rondo*; Soul EV; Picanto GT-Line; Morning (2004); Ray EV; Pride (1987); Avella*; Besta*; Retona*; Magentis*; Credos*; Potentia*; Enterprise*; Concord*; Capital*; Elan*; Pregio*; Bongo*; Frontier (Kia); K2700; K2500; Sonet (2020); Seltos (2019); Carens Clavis; Syros*; EV2; Tasman (2025); PV7; Clarus II; Brisa*; Carstar; X-Trek; Visto*; Joice*
Genesis: G70; G80; G90; GV70; GV80; GV60; Electrified G80; Electrified GV70; GV80 Coupé; X Convertible; G90 Wingback
KG Mobility: Korando*; Musso*; Rexton*; Tivoli*; Torres*; Actyon*; Kyron*; Rodius*; Chairman*; Istana*; Torres EVX; Musso Grand; Musso Sports; Tivoli Grand; XLV; Korando e-Motion; Family*; Kallista*; O100; Actyon Sports
Renault Samsung: SM3; SM5; SM7; SM6; QM3; QM5; QM6; XM3; SM3 Z.E.; Twizy (Korea); Master (Korea)
Nissan: Tsuru*; Sentra B13; Bluebird*; Cedric*; Gloria*; Laurel*; Stanza*; Violet*; Cherry*; Datsun 1200; Sunny B310; Pulsar N10; Micra K10; Micra K11; Micra K12; Micra K13; Micra K14; Almera Tino; Primera P10; Primera P11; Primera P12; Maxima QX; 100NX; 200SX; 240SX; 300ZX; 350Z; 370Z; Z (2023)=Z Nismo; Fairlady Z=Fairlady*; Skyline GT-R; GT-R Nismo; Silvia S13; Silvia S15; 180SX; Prairie*; Serena e-Power; Note e-Power; Kicks e-Power; Qashqai e-Power; X-Trail e-Power; Ariya Nismo; Leaf (2025); Sakura EV; Roox*; Dayz Roox; Moco*; Otti*; Clipper*; NV100; NV150; NV350 Caravan; Caravan*; Urvan*; Vanette*; Atleon; Cabstar*; Interstar (2002); Primastar (2002); Kubistar; Trade*; Terrano II; Patrol GR; Patrol Y61; Patrol Y62; Safari*; Armada (2017); Titan XD; Frontier Pro-4X; Navara D40; Navara NP300; Hardbody*; Pick-up (D21); King Cab; Xterra*; Quest*; Juke Hybrid; Juke Nismo; Magnite Kuro; Sunny (2011); Terra*; Livina*; Grand Livina; Evalia*; March*; Tiida Latio; Bluebird Sylphy; Lannia*; Venucia D50; Almera Classic; Tiida (2011); Latio*; Tino*; Cima*; President*; Fuga*; Teana (2013); Presage*; Elgrand*; Lafesta*; Wingroad*; AD*; Expert (Nissan); Avenir*; Rasheen; Figaro*; Pao*; Be-1; S-Cargo; Hypermini; Pino*; Stagea*; Crew*; Laurel Spirit; Auster*; Langley*; Liberta Villa; Sunny California; Prairie Joy; Bassara; Presea*; Rogue Sport; Murano CrossCabriolet; Juke R; Leaf Nismo; e-NV200 Evalia; Townstar EV; Interstar-e; N7 (2025); Frontier (2025); Micra EV; Patrol Nismo; Kicks (2025)
Datsun: Bluebird*; Sunny*; Cherry*; Violet*; Stanza*; Cedric*; Fairlady*; 510; 120Y; 1200; 1600; 180B; 160J; 200B; 240C; 260Z; 280Z; 280ZX; 620; 720; Sports 1500; Go-Plus; Cross*; mi-DO (2014); Trail*
Infiniti: Q30; Q50; Q60; Q70; QX30; QX50; QX55; QX60; QX70; QX80; G35; G37; M35; M45; FX35; FX45; EX35; JX35; I30; J30; Q45; QX4; QX56; ESQ
Honda: N600; S500; S600; S800; 1300; Z600; Civic Type R=Type R; Civic e:HEV; Civic Si; Accord Hybrid; Clarity*; e=Honda e; e:Ny1 (2023); ZR-V e:HEV; CR-V e:HEV; CR-V e:PHEV; HR-V e:HEV; Jazz Crosstar; Jazz e:HEV; City Hatchback; Amaze (2024); Mobilio*; BR-V (2016); WR-V (2023); Elevate (2023); Brio Amaze; Integra*; Quint*; Ballade*; Concerto*; Domani*; Rafaga*; Ascot*; Inspire*; Saber*; Vigor*; Beat*; Today*; Life*; Acty*; Vamos*; Zest*; Stepwgn*; Stream*; Edix*; Element*; Crosstour; Crossroad*; Airwave*; Mobilio Spike; Shuttle*; Orthia*; Partner (Honda); Avancier*; Elysion; Lagreat*; Logo*; Capa*; HR-V (1998); CR-X=CRX; Prelude (2025); NSX (2016); S660; Beat (1991); Spirior; Crider; Envix; Gienia; Breeze*; Avancier; XR-V; UR-V; Inspire (2018); Everus VE-1; e:N1; e:NS2; Ye S7; Ye P7; 0 Series=Honda 0; N-Van; N-One; N-WGN; WR-V (2016); Fit Shuttle
Acura: Integra*; Legend*; Vigor*; TL; TSX; RL; RLX; TLX; ILX; CL; RSX; EL; CSX; MDX; RDX; ZDX; SLX; ADX; NSX; Precision*
Mazda: R360; Carol*; Familia*; Capella*; Luce*; Cosmo*; Savanna*; Roadpacer; Sentia*; Millenia; Xedos 6; Xedos 9; Eunos 500; Eunos Roadster; 121; 929; 818; 1000; 1300; 808; Protegé=Protege*; MX-3; MX-6; Lantis*; Demio*; Verisa*; Tribute (2000); MPV*; Bongo*; B-Series=B2500; Titan (Mazda); Scrum*; Flair*; Azwagon; AZ-1; Autozam AZ-3; RX-3; RX-4; RX-2; Mazda 5=Mazda5=5; CX-4; CX-8; CX-3 (2015); EZ-60; MX-5 RF; CX-50 Hybrid
Mitsubishi: Pajero Pinin; Pajero iO; Pajero Mini; Challenger*; Montero Sport; Endeavor*; Raider*; Strada*; L300; L400; Express*; Delica Mini; Sigma*; Diamante*; Magna*; Verada*; Debonair*; Starion*; 3000GT=GTO*; FTO; Eclipse*; Galant VR-4; Lancer Evolution=Lancer Evo=Evo*; Mirage G4; Space Wagon; Space Runner; Space Gear; Chariot*; RVR; Dion*; Airtrek; Colt Plus; Tredia*; Cordia*; Sapporo*; Celeste*; Minica*; Toppo*; eK Wagon; eK X; eK Space; i*=i-MiEV; Outlander PHEV; ASX (2023); Colt (2023); Xforce*; Destinator*; Grandis (2025); Attrage (2013); Xpander Cross
Subaru: 360; 1000; Leone*; Brat*; Loyale*; Alcyone*; SVX; Vivio*; Rex*; Sambar*; Stella*; Pleo*; R1; R2; Dex*; Exiga*; Baja*; B9 Tribeca; Impreza WRX=WRX STI=STI; Outback Wilderness; Crosstrek Hybrid; Forester e-Boxer; XV e-Boxer; Levorg Layback; Trailseeker; E-Outback
Suzuki: Fronte*; Cervo*; Cultus*; Forenza*; Reno*; Verona*; Aerio*; Esteem*; Baleno (1995); SX4 Crossover; Swift Sport; Swift Dzire; Vitara (2015); Grand Vitara (2022); Sidekick*; X-90; Jimny 5-door; Jimny Nomade; Samurai (1985); SJ410; SJ413; LJ80; Kei*; Lapin*; MR Wagon; Palette*; Solio*; Landy*; APV; Equator*; Kizashi (2009); Wagon R+; Wagon R Stingray; Maruti Gypsy=Gypsy*; Omni*; Zen*; Esteem (India); Estilo*; A-Star=A Star; Ritz*; Zen Estilo; Alto K10; Alto 800; S-Presso (2019); Celerio X; Ignis (2016); Ertiga Hybrid; XL7 Hybrid; Dzire (2024); Invicto*; Victoris*; Across (2020)
Maruti Suzuki: Gypsy*; Omni*; Zen*; Esteem*; Versa*; Baleno (1999); Estilo*; A-Star=A Star; Ritz*; Kizashi; Zen Estilo; Alto K10; Alto 800; Swift Dzire; SX4 (India); Grand Vitara (2022); Victoris*; Ertiga Tour; Dzire Tour; Super Carry; Celerio CNG; Maruti 1000=1000; eVX; Ciaz S; Wagon R Electric
Isuzu: D-Max=DMax; MU-X; Trooper*; Rodeo*; Amigo*; Axiom*; VehiCROSS; Piazza*; Gemini*; Bellett*; Florian*; Aska*; 117 Coupé; Impulse*; Stylus*; Hombre*; Ascender*; Oasis*; Bighorn*; Wizard*; Faster*; KB*; Elf*; Forward*; Giga*; N-Series=NPR; F-Series (Isuzu); Erga*; Gala*; Panther*; Crosswind*; MU-7; D-Max EV
Ford: Orion*; Taunus*; Consul*; Zephyr*; Zodiac*; Anglia*; Prefect*; Popular*; Corsair*; Classic*; Capri (1969); Cortina Mk III; Granada (1972); Scorpio*; Sierra Cosworth; Escort RS Cosworth; Escort XR3i; Fiesta XR2; Fiesta ST; Focus ST; Puma ST; Mondeo ST; Ka Sportka; StreetKa; Cougar*; Probe*; Festiva*; Laser*; Telstar*; Falcon*; Fairlane*; Fairmont*; LTD*; Galaxie*; Crown Victoria; Victoria*; Torino*; Gran Torino; Maverick (1970); Pinto*; Granada (US); Tempo*; Topaz*; Contour*; Five Hundred; Freestyle*; Flex*; Freestar*; Windstar*; Aerostar*; Excursion*; Expedition Max; Explorer Sport Trac; Bronco (1966); Bronco II; Courier*; Ranger Raptor; F-150 Raptor=Raptor*; F-100; F-350; F-450; F-550; F-650; F-750; E-Series=Econoline; E-Transit=e-Transit; E-Transit Custom; E-Transit Courier; E-Tourneo Custom; Transit Trail; Transit Van; Cargo*; Trader*; Thames*; D Series; Louisville*; Aeromax*; Sterling*; Model A*; Model N; Model K; Model B; Model Y (Ford); Eifel*; Köln*; Rheinland*; Vedette*; Comète*; Abeille*; Versailles*; Del Rey; Corcel*; Belina*; Pampa*; Verona*; Royale*; Ikon*; Figo*; Freestyle (India); Aspire*; Endeavour*; Fusion (Europe); Territory (China); Equator*; Evos*; Mondeo Sport; Taurus X; Mustang Dark Horse; Mustang Raptor; Bronco Raptor; Maverick Hybrid; Explorer EV; Capri EV; Puma Gen-E; GT40*; RS200; Focus Electric; Ka+ Active; Fiesta Active; Focus Active; Kuga PHEV; Galaxy (2015); Grand C-Max; Grand Tourneo Connect; Tourneo Courier; Edge L; Escort (China); Zephyr (China); EcoSport (2012); Bantam*; Tracer*; Tierra*; Lynx*; Granada Scorpio; Ranger PHEV; Super Duty F-250
Lincoln: Continental*; Town Car; Navigator*; Aviator*; Nautilus*; Corsair*; MKZ; MKX; MKC; MKT; MKS; LS*; Mark LT; Blackwood*; Zephyr*; Versailles*; Mark VIII; Mark VII; Z (Lincoln); Star*; Capri*
Mercury: Cougar*; Grand Marquis; Marquis*; Monterey*; Montego*; Sable*; Mystique*; Topaz*; Tracer*; Villager*; Mountaineer*; Mariner*; Milan*; Comet*; Capri*; Lynx*; Zephyr*; Bobcat*; Monarch*; Colony Park; Marauder*; Meteor*; Milan Hybrid
Chevrolet: Caprice*; Vega*; Bel Air; Chevelle*; Nova*; Monte Carlo; El Camino; Biscayne*; Corvair*; Chevette*; Citation*; Celebrity*; Cavalier*; Beretta*; Corsica*; Lumina*; Monza*; Nomad*; Kingswood*; Delray*; Styleline*; Fleetline*; Deluxe*; Master*; Astro*; Lumina APV; Venture*; Uplander*; HHR; SSR; Avalanche*; Colorado*; Silverado EV; Silverado HD; Equinox EV; Blazer EV; Tahoe RST; Suburban Z71; S-10=S10 Blazer; K5 Blazer; C/K; Apache*; Task Force; Advance Design; Metro*; Prizm*; Sprint*; Spectrum*; Orlando*; Rezzo*; Tacuma*; Evanda*; Alero (Chevrolet); Optra*; Vivant*; Sail*; Beat*; Enjoy*; Tavera*; Spark EV; Aveo (2023); Onix Plus; Prisma*; Celta*; Corsa (Chevrolet); Agile*; Meriva (Chevrolet); Zafira (Chevrolet); Vectra (Chevrolet); Astra (Chevrolet); Omega (Chevrolet); Opala*; Chevette (Brazil); Kadett (Chevrolet); Monza (Brazil); Veraneio*; Montana*; Classic (Chevrolet); Joy*; Groove*; Captiva Sport; Seeker*; Menlo*; Monza (China); Cavalier (China); Tracker (2019); Trailblazer (2020); Niva (2009); Cobalt (2011); Lacetti (Uzbekistan); Tico (Uzbekistan); Matiz (Uzbekistan); Epica (2006); Kalos (2002); Aveo5; Volt (2011); Malibu Hybrid; Impala SS; Camaro ZL1; Corvette Stingray=Stingray*; Corvette Z06; Corvette E-Ray; Corvette ZR1; Express Cargo; City Express; BrightDrop 400=Zevo*; Brightdrop 600; Tornado*; Luv*; D-Max (Chevrolet); Montana (2023); Spin Activ; Trax (2024); Equinox (2025); Traverse (2024); Groove (2021)
Cadillac: Escalade*=Escalade IQ; Lyriq; Celestiq; Optiq; Vistiq; CT4; CT5; CT6; XT4; XT5; XT6; ATS; CTS; DTS; STS; XLR; SRX; ELR; BLS; Seville*; DeVille=De Ville; Eldorado*; Fleetwood*; Brougham*; Allanté=Allante; Cimarron*; Catera*; Calais*; Series 62; Sixty Special; XTS; Escalade ESV; Escalade EXT; Catera (1997)
Buick: Enclave*; Encore*; Envision*; Envista*; LaCrosse*; Regal*; Verano*; Excelle*; GL8; Velite*; Electra*; Electra E5; LeSabre*; Park Avenue; Century*; Skylark*; Riviera*; Roadmaster*; Wildcat*; Special*; Super*; Invicta*; Skyhawk*; Somerset*; Reatta*; Rendezvous*; Rainier*; Terraza*; Lucerne*; Apollo*; Cascada*; GL6; Excelle GT; Envision Plus; Electra E4
GMC: Sierra*=Sierra EV; Yukon*; Acadia*; Terrain*; Canyon*; Savana*; Hummer EV; Envoy*; Jimmy*; Safari*; Sonoma*; Syclone*; Typhoon*; Suburban (GMC); Sprint (GMC); Vandura*; Motorhome*; TopKick
Holden: Commodore*; Monaro*; Torana*; Kingswood*; Belmont*; Premier*; Statesman*; Caprice*; Calais*; Berlina*; Ute*; Barina*; Astra (Holden); Cruze (Holden); Captiva (Holden); Colorado (Holden); Trailblazer (Holden); Equinox (Holden); Acadia (Holden); Spark (Holden); Trax (Holden); Gemini*; Camira*; Apollo*; Nova*; Drover*; Jackaroo*; Frontera (Holden); Rodeo*; Vectra (Holden); Epica (Holden); Viva*; Volt (Holden); FJ; FX; EH; HQ; HZ; VB; VL; VN; VT; VE; VF; Sunbird*; Piazza*; Scurry*; Shuttle*; Suburban (Holden); Zafira (Holden); Tigra (Holden); Calibra (Holden); Special*
Pontiac: Firebird*; Trans Am; GTO*; Grand Prix; Grand Am; Bonneville*; Catalina*; Tempest*; LeMans=Le Mans*; Fiero*; Sunbird*; Sunfire*; Phoenix*; Ventura*; Astre*; Montana*; Aztek*; Torrent*; Vibe*; G3; G5; G6; G8; Solstice*; Parisienne*; Safari*; Star Chief; Chieftain*; Streamliner*; Laurentian*; Strato-Chief; Wave*; Matiz (Pontiac); 6000; 2000; T1000; J2000
Oldsmobile: Cutlass*=Cutlass Supreme; Delta 88; Ninety-Eight; Toronado*; Aurora*; Alero*; Intrigue*; Achieva*; Bravada*; Silhouette*; Starfire*; Omega*; Firenza*; Calais*; Ciera*=Cutlass Ciera; Eighty-Eight; Custom Cruiser; Vista Cruiser; F-85; Jetstar*; Rocket 88; 442
Saturn: S-Series=SL1=SL2=SC2; L-Series; Ion*; Vue*; Aura*; Sky*; Outlook*; Relay*; Astra (Saturn); Astra XR
Hummer: H1; H2; H3; H3T; EV=Hummer EV; HX
Daewoo: Prince*; Royale*; Super Salon; Brougham*; Racer*; Cielo*; LeMans (Daewoo); Maepsy; Arcadia*; Chairman (Daewoo); Korando (Daewoo); Musso (Daewoo); Rezzo*; Tacuma*; Magnus*; Evanda*; Damas*; Labo*; Winstorm; Gentra*; Tosca*; Statesman (Daewoo); Veritas*; Lacetti Premiere; Matiz Creative; Kalos (2002); Nexia (1995); Espero (1990); Tico (1991); Leganza (1997); Nubira (1997); Novus*; Ultra*; Maximus*
Tesla: Model S=Model S Plaid; Model 3=Model 3 Highland; Model X; Model Y=Model Y Juniper; Cybertruck*; Roadster*; Semi*; Cybercab*; Robovan; Model 2; Model Q; Model 3 Performance; Model Y Performance; Model Y L
Rivian: R1T; R1S; R2; R3; R3X; EDV=Electric Delivery Van; Commercial Van
Lucid: Air*; Gravity*; Air Sapphire; Earth*
Fisker: Ocean*; Pear*; Alaska*; Ronin*; Karma (Fisker)
Jaguar: Mark 2=Mk2; Mark X; XK120; XK140; XK150; C-Type; D-Type; XJS=XJ-S; XJ6; XJ12; XJ8; XJR; XJ220; XK8; XKR; S-Type (1999); X-Type Estate; F-Pace SVR; E-Pace (2017); I-Pace (2018); XE SV Project 8; XF Sportbrake; XJ (2010); F-Type R; Project 7; C-X75; Type 00 (2025); SS100; SS Jaguar; 420; 240; 340
Land Rover: Series II; Series III; 90; 110; 127; Defender 90; Defender 110; Defender 130; Discovery 3=LR3; Discovery 4=LR4; Discovery 5; Freelander 2=LR2; Range Rover Classic; Range Rover P38; Range Rover L322; Range Rover Sport; Range Rover Evoque=Evoque*; Range Rover Velar=Velar*; Range Rover Electric; Range Rover SV; Defender Octa; Forward Control; Lightweight*; Freelander (2025)
Range Rover: Sport*; Evoque*; Velar*; Electric*; Classic*; SV*; Autobiography*
Volvo: Amazon (1956); PV444; PV544; P1900; Duett*; 120; 121; 122; 140; 142; 144; 145; 164; 242; 244; 245; 262C; 264; 265; 340; 343; 345; 360; 440; 460; 480; 760; 780; 960; S70; V70 XC; XC70 (2025); C70 (2006); S40 (2004); V40 Cross Country; V60 Cross Country; V90 Cross Country; XC40 Recharge; C40 Recharge; EX30 Cross Country; EM90; ES90 (2025); XC60 Recharge; 66; 262; Concept Recharge; P1800 Cyan
Volvo Trucks: FH=FH16=FH Electric; FM=FM Electric; FMX=FMX Electric; FE=FE Electric; FL=FL Electric; VNL=VNL Electric; VNR=VNR Electric; VHD; VAH; F10; F12; F16; F88; F89; N10; N12; NH12; Titan (Volvo); L395; Viking*
Polestar: 1; 2; 3; 4; 5; 6; 7; Precept*; O2
Lynk & Co: 01; 02; 03; 05; 06; 08; 09; 07; Z10; Z20; 900; 10 EM-P
Zeekr: 001; 007; 009; 7X; X; Mix*; 7GT; 9X; 8X
Smart: ForTwo=Fortwo=City Coupé; ForFour=Forfour; Roadster*; Crossblade*; #1=Smart #1; #3=Smart #3; #5=Smart #5; EQ ForTwo; ForMore*; ForJeremy; #6
Geely: CK (Geely); MK Cross; Haoqing; Merrie; Beauty Leopard; Uliou; Maple*=Haoqing SRV; Vision*; Emgrand EC7; Emgrand EC8; Emgrand X7; Emgrand GS; Emgrand GL; Emgrand GT; Emgrand L; Emgrand S; Borui*; Bo Rui; Binrui; Jiaji; Icon*; Xingyue S; Boyue L; Boyue Cool; Binyue Cool; Galaxy L6; Galaxy Starship 7; Galaxy E5 (2024); Galaxy A7; Galaxy Cruiser; Geometry A; Geometry E; Geometry G6; Geometry M6; Panda (Geely); Xiongmao; EX2; Starray EM-i; Cityray (2024); Coolray (2023); Okavango (2020); Azkarra (2019); Tugella (2019); Monjaro (2022); Emgrand (2021); GX3 Pro; Geely Atlas Pro; Preface (2020); Zeekr 001 (Geely); EX2 (2024)
Proton: Saga*; Wira*; Iswara*; Satria*; Putra*; Perdana*; Waja*; Gen-2; Savvy*; Persona*; Exora*; Inspira*; Preve*; Suprima S; Iriz; Ertiga (Proton); X50; X70; X90; S70; e.MAS 7; Tiara*; Juara*; Arena*; Jumbuck*
Perodua: Kancil*; Rusa*; Kembara*; Kenari*; Kelisa*; Myvi*; Viva (Perodua); Nautica*; Alza*; Axia*; Bezza*; Aruz*; Ativa*; Traz*
Lada: 2102; 2103; 2104; 2105; 2108=Samara*=Sputnik*; 2109; 21099; 2110; 2111; 2112; 2113; 2114; 2115; 2120=Nadezhda*; 2121; 2131; Riva (Lada); Forma*; Signet*; Nova (Lada); Zhiguli=Жигули; 1200 (Lada); 1300 (Lada); 1500 (Lada); 1600 (Lada); Revolution*; Samara 2; Kalina Cross; Granta Cross; Vesta Cross=Vesta SW Cross; Vesta Sport; Largus Cross; XRAY Cross; Niva Bronto=Bronto*; e-Largus; Azimut (2025); Iskra SW; Priora Coupé; Oka=Ока*
Moskvitch: 400; 401; 402; 403; 407; 408; 410; 411; 412; 426; 427; 433; 434; 2138; 2140; 2141=Aleko*; 2142=Svyatogor*; 2335; 2717; 2901; Yuri Dolgoruky; Knyaz Vladimir; Ivan Kalita; Duet*; 3; 5; 6; M-90; Moskvitch 3 (2022)
GAZ: Volga=Волга; 21=GAZ-21; 24=GAZ-24; 3102; 31029; 3110; 31105; Volga Siber=Siber; M-1=Emka*; M-20=Pobeda=Победа; M-21; M-24; Chaika=Чайка; 13; 14; 69; 66; 53; 51; 52; 3307; 3309; 3308=Sadko*; Gazelle=Газель=GAZelle; Gazelle Next=Газель Next; Gazelle City; Gazelle e-NN; Sobol=Соболь; Sobol NN; Valdai*; Vepr*; Tigr=Tiger*; Tigr-M; Next (GAZ); Sadko Next; GAZon Next=Газон; 2217; 2705; 3221; 2752; Vodnik*
UAZ: 469; Hunter (UAZ); Patriot (UAZ); Pickup (UAZ); Profi*; Cargo (UAZ); Bukhanka=Буханка=452=2206; 3303=Golovastik; 3909; 3962; 3741; Simbir*; Tigr (UAZ); 31512; 3151; Patriot Sport; Profi EV
ZAZ: Zaporozhets=Запорожец; 965; 966; 968; Tavria=Таврия; Slavuta=Славута; Dana*; Sens*; Lanos (ZAZ); Forza*; Vida*; Chance*; Lanos Pick-up
Zastava: 750=Fića=Fica; 101=Stojadin; 128 (Zastava); 1300 (Zastava); 1500 (Zastava); Koral*; Florida*; Skala*; 10; Yugo 45; Yugo 55; Yugo 60; Yugo 65; Yugo Tempo; Yugo Cabrio; Yugo Sana; Zastava 10; Campagnola (Zastava); AR-51
Yugo: 45; 55; 60; 65; Koral*; Florida*; Tempo*; Cabrio*; Sana*; GV*; GVX; Ciao*
Trabant: P50; P60; P601=601; 1.1; Kübel*; Tramp*; Universal*; nT
Wartburg: 311; 312; 313; 353; 1.3; Knight*; Tourist*; Trans*; Camping*
Barkas: B 1000=B1000; V 901
Tatra: 87; 97; 600=Tatraplan; 603; 613; 700; 111; 138; 148; 815; 813; Phoenix*; Force (Tatra); Jamal*; T 57
Škoda: 1000 MBX; 1100 MB; S 100=S100; S 110; 110 R; Garde (1981); Favorit (1987); Forman (1991); Felicia Combi; Octavia Tour; Fabia Praktik; Roomster Scout; Citigo iV; Elroq RS; Enyaq RS; Peaq*; Vision O; Epiq (2026)
FSO: Warszawa*; Syrena*; Polonez*=Caro*; Polonez Atu; Polonez Kombi; Polonez Truck; Lanos (FSO); Matiz (FSO); 125p; 1300 (FSO); 1500 (FSO); Ogar*; Wars*
FSM: 126p=Maluch*; Cinquecento (FSM); Syrena Bosto; Beskid*; 126 Bis; 126 Elegant
Polski Fiat: 125p; 126p; 127p; 132p; 508; 518; 618
ARO: 10; 24; 240; 243; 244; 246; 320; 323; 324; 328; IMS M461=M461; Spartana*; Aro 10 Super
Oltcit: Club*=Special*; Axel*; 11R
Dacia: 500=Lăstun=Lastun; Sandero (2008); Logan (2004); Duster (2010); 1304; 1307; Denem*
Anadol: A1; A2; STC-16; SV-1600; Böcek=Bocek; Kamyonet*
Togg: T10X; T10F; T8X; T10S
Iran Khodro: Paykan*=Peykan; Samand*; Soren*; Dena*; Runna*; Rira*; Tara*; Haima (Iran Khodro); Arisan*; Bardo*; Pars (IKCO); Peugeot Pars; Dena Plus; Soren Plus; Reera*
Saipa: Pride (Saipa); Tiba*; Saina*; Quick*; Shahin*; Atlas (Saipa); Zamyad*; Nasim*; Kara*; 131 (Saipa); 132 (Saipa); 141 (Saipa); 151 (Saipa)
Simca: 1000; 1100; 1200S; 1300; 1301; 1500; 1501; 1307; 1308; 1309; Aronde*; Vedette*; Ariane*; Chambord*; Horizon*; Solara*; Rancho*; Bagheera*; Murena*; 1100 Pick-up; Sport*; Océane=Oceane*; Plein Ciel; 8; 5; 6; 9 Aronde
Talbot: Samba*; Horizon*; Solara*; Tagora*; Alpine*; Sunbeam*; Rancho*; Murena*; Express*; Matra Rancho; Matra Murena; Avenger*; Lotus Sunbeam; Talbot-Lago=Lago*
Sunbeam: Alpine*; Tiger*; Rapier*; Imp Sport; Stiletto*; Arrow*; Talbot*; Venezia*; Harrington*
Hillman: Imp*; Minx*; Hunter*; Avenger*; Super Minx; Husky*; Californian*; Wizard*; Hawk*; Aero Minx
Humber: Sceptre*; Hawk*; Super Snipe; Snipe*; Pullman*; Imperial*
Triumph: Herald*; Spitfire*; TR2; TR3; TR4; TR5; TR6; TR7; TR8; Dolomite*; Toledo*; Acclaim*; Stag*; GT6; Vitesse*; 2000; 2500; 1300; Mayflower*; Renown*; Italia*
Austin: Mini (Austin); Metro*; Maestro*; Montego*; Allegro*; Maxi*; Princess*; Ambassador*; 1100; 1300; 1800; 3-Litre; A30; A35; A40; A55; A60; A90; A99; A110; Cambridge*; Westminster*; Healey*; Seven*; Champ*; FX4; Gipsy*; Atlantic*; Sheerline*; Somerset*; Devon*; Dorset*; Hereford*; Sprite*
Morris: Minor*; Oxford*; Cowley*; Isis*; Marina*; Ital*; 1100 (Morris); 1800 (Morris); Mini Minor; Mini Traveller; Eight*; Ten*; J-type; Commercial*; Major*; Traveller*
Riley: Elf*; One-Point-Five; Kestrel*; Pathfinder*; RM; Nine*; Imp (Riley); Sprite (Riley); Lynx (Riley)
Wolseley: Hornet*; 1500; 1100 (Wolseley); 1300 (Wolseley); 16/60; 6/110; Six*; 4/44; 6/90; 15/50
Austin-Healey: 100; 3000; Sprite*=Frogeye; 100-Six; 100S
MG: Midget*; MGA; MGB; MGB GT; MGC; MG RV8=RV8; MGF=F*; TF (2002); ZR; ZS (2001); ZT-T; SV; Magnette*; Metro (MG); Maestro (MG); Montego (MG); Express (MG); XPower SV; TA; TB; TC; TD; Y-type; 1100 (MG); 1300 (MG); Cyberster (2024); MG4 XPower=XPower*; MG5 Electric; MG3 Hybrid+; Marvel*; Mulan*=MG4 (China); HS Plug-in; EHS PHEV; RX5; RX8; GT*; MG350; MG550; MG750; Hector Plus; Gloster (2020); Astor (2021); Comet EV; Windsor EV; M9; S9; Majestor*; ZST; MGS5 EV; MGS6 EV; Cyber X
MG Rover: 25; 45; 75; ZR; ZS; ZT; TF; City Rover=CityRover; Streetwise*; Express*; SV; X-Power*
Rover: 100; 200 (1984); 213; 214; 216; 220; 400 (1990); 414; 416; 420; 600 (1993); 618; 620; 800 (1986); 820; 825; 827; Metro (1980); Mini (Rover); Maestro (Rover); Montego (Rover); Streetwise*; CityRover=City Rover; P4; P5; P6=2000 (Rover); 3500; SD1 Vitesse; Sterling (Rover); Coupé (Rover); Tourer (Rover); Cabriolet (Rover); 75 Tourer; 25 (1999); 45 (1999); 75 (1998)
Saab: 92; 93 (1955); 95 (1959); 96 (1960); 97=Sonett*; 99 Turbo; 900 Turbo; 900 Convertible; 9-3 Convertible; 9-3 SportCombi; 9-3X; 9-5 SportCombi; 9-4X; 9-7X; 9-2X; 600; Aero*; Viggen*; PhoeniX; 9-X; Saab 9-3 Aero
Lotus: Elise*; Exige*; Evora*; Emira*; Eletre*; Emeya*; Evija*; Esprit*; Elan*; Europa*; Seven*; Elite*; Eclat*; Excel*; Cortina (Lotus); Carlton (Lotus); 340R; 2-Eleven; Theory 1; Type 135; For Me
Aston Martin: DB2; DB4; DB5; DB6; DBS; DB7; DB9; DB11; DB12; DBX; DBX707; Vantage*; Vanquish*; Virage*; Lagonda*; Rapide*; Valkyrie*; Valhalla*; Vulcan*; One-77; Cygnet*; V8 Vantage; V12 Vantage; Victor*; Valour*; DBS Superleggera; Bulldog*; DB3S; Virage Volante
McLaren: F1 (McLaren); P1; MP4-12C=12C; 650S; 570S; 540C; 600LT; 675LT; 720S; 750S; 765LT; Artura*; GT (McLaren); Senna*; Speedtail*; Elva*; Solus GT; W1; Sabre*; 620R; 570GT
Ferrari: 250 GTO; 250 GT; 275; 288 GTO; 308 GTB; 328; 348; 355=F355; 360 Modena; 430=F430; 458 Italia; 488 GTB; 296 GTB; Roma*; Portofino*; California (Ferrari); F12berlinetta=F12; 812 Competizione; 12Cilindri; Purosangue*; Testarossa*; 512 TR; F512 M; 550 Maranello; 575M; 599 GTB; FF; GTC4Lusso; 612 Scaglietti; 456 GT; 400i; 412; Mondial*; Dino 246; 208 GTB; F40; F50; Enzo*; LaFerrari; Daytona SP3; Monza SP1; F80; 849 Testarossa; Amalfi*; Elettrica*; 365 GTB/4
Lamborghini: Miura*; Countach*; Diablo*; Murciélago=Murcielago*; Gallardo*; Aventador*; Huracán=Huracan*; Urus*; Revuelto*; Temerario*; Sián=Sian*; Espada*; Islero*; Jarama*; Urraco*; Silhouette*; Jalpa*; LM002; 350 GT; 400 GT; Reventón=Reventon*; Veneno*; Sesto Elemento; Centenario*; Essenza SCV12; Countach LPI 800-4; Lanzador*; Fenomeno*
Bentley: Continental GT; Continental GTC; Continental Flying Spur; Flying Spur*; Bentayga*; Mulsanne*; Arnage*; Azure*; Brooklands*; Turbo R; Eight*; Turbo RT; Continental R; Continental T; Corniche*; T-Series; S1; S2; S3; R Type; Mark VI; 4½ Litre; Speed Six; Batur*; Bacalar*; Blower*; EXP 100 GT
Rolls-Royce: Phantom*; Ghost*; Wraith*; Dawn*; Cullinan*; Spectre*; Silver Shadow; Silver Spirit; Silver Spur; Silver Seraph; Silver Cloud; Silver Ghost; Silver Wraith; Corniche*; Camargue*; Park Ward; Boat Tail; Sweptail*; La Rose Noire; Droptail*; Black Badge
Bugatti: Veyron*; Chiron*; Divo*; Centodieci; Bolide*; Mistral (Bugatti); Tourbillon*; EB110; Type 35; Type 57; Type 41=Royale*; La Voiture Noire; W16 Mistral
Koenigsegg: CC8S; CCR; CCX; Agera*; Regera*; Jesko*; Gemera*; One:1; CC850; Sadair's Spear
Pagani: Zonda*; Huayra*; Utopia*; Imola*; Codalunga
Morgan: Plus 4=Plus Four; Plus 8; Plus Six; 4/4; Aero 8; Three Wheeler; Super 3; Roadster (Morgan); Aero SuperSports; Midsummer*; Supersport
Caterham: Seven (Caterham); 160; 170; 270; 310; 420; 485; 620R; CSR; 21; Project V
TVR: Griffith*; Chimaera*; Cerbera*; Tuscan*; Sagaris*; Tamora*; T350; Vixen*; Taimar; 3000M; Tasmin*; S Series
Jensen: Interceptor*; FF (Jensen); Healey (Jensen); 541; CV8; S-V8
Reliant: Robin*; Regal*; Kitten*; Scimitar*; Rialto*; Fox (Reliant); Sabre (Reliant); Scimitar GTE
Matra: Djet; 530; Bagheera*; Murena*; Rancho*; Espace (Matra); M530; MS670
Panhard: Dyna*; PL 17=PL17; 24 CT; 24 BT; Dyna Z; Dyna X
Facel Vega: HK500; Facellia; Excellence*; Facel II; FV
Venturi: Atlantique*; 260; 400 GT; Fétish=Fetish; America (Venturi); Eclectic*
Ligier: JS50; JS60; Nova (Ligier); Ambra*; Be Up; X-Too; Myli*; JS2
Microcar: M.Go=MGo; Virgo*; Lyra*; Due*; Highland (Microcar); F8C; Cargo (Microcar)
Aixam: City (Aixam); Crossline; Coupé (Aixam); e-Aixam; Crossover (Aixam); Minauto*; Vision (Aixam); Scouty*; D-Truck
NSU: Prinz*; Ro 80; TT (NSU); 1000 (NSU); 1200 (NSU); Sport Prinz; Wankel Spider; Quickly*; K 70
DKW: F1 (DKW); F5; F7; F8; F9; F89; F91; F93; F94; F102; Junior*; Munga*; 3=6 (DKW); Schnellaster*; Sonderklasse*
Auto Union: 1000 SP; 1000 (Auto Union); Typ C; Type C; Type D; Universal (Auto Union)
Horch: 853; 830; 930; 951; P240; Sachsenring (Horch); 901
Borgward: Isabella*; Hansa*; P100; Goliath*; Lloyd*; Arabella*; BX5; BX6; BX7; BXi7; Hansa 1500; B 2000
Goggomobil: T250; T300; T400; TS; Dart (Goggomobil); Transporter (Goggomobil)
Multicar: M21; M22; M24; M25; M26; M27; M30; M31; Tremo*; Fumo*
Robur: LO 1800; LO 2500; LO 3000; Garant*
IFA: W50; L60; F8 (IFA); F9 (IFA); H3A; H6; S4000
Artega: GT (Artega); Scalo*; SE
Wiesmann: MF3; MF4; MF5; Project Thunderball
Melkus: RS 1000; RS 2000
Sono Motors: Sion*
StreetScooter: Work*; Work L; Work XL; C16
Magirus: Deutz*; Eckhauber; Rundhauber; Frontlenker; M-Serie
Setra: S 415; S 431 DT; S 515 HD; S 516 HD; S 531 DT; ComfortClass=Comfort Class; TopClass=Top Class; MultiClass=Multi Class; S 8
Neoplan: Skyliner*; Cityliner*; Tourliner*; Starliner*; Jetliner*; Spaceliner*; Centroliner; Euroliner*; Megaliner*; Transliner*
Innocenti: Mini (Innocenti); Mini 90; Mini 120; Regent*; J4; IM3; Elba (Innocenti); Koral (Innocenti); Mille*; 990; Lambretta*
Autobianchi: Bianchina*; Primula*; A111; A112; Y10 (Autobianchi); Stellina*; Giardiniera*
De Tomaso: Pantera*; Mangusta*; Vallelunga*; Deauville*; Longchamp*; Guarà=Guara*; Bigua*; P72; Biguà
Bizzarrini: 5300 GT Strada; Europa 1900; GT Europa; Giotto*
Cisitalia: 202; D46; 204
Piaggio: Ape*; Porter (Piaggio); Quargo*; Ape Calessino; Ape Electrik; Porter NP6
Automobili Pininfarina: Battista*; B95; Enigma GT
Pegaso: Z-102; Z-103; Comet (Pegaso); Troner*; Ekus*; 1091; Mofletes*
Santana Motor: PS-10; Anibal*; 300; 350; Samurai (Santana); Vitara (Santana); Land Rover 88 (Santana); 109 (Santana)
Hispano-Suiza: Carmen*; Carmen Boulogne; H6; J12; Alfonso XIII
Ebro: s700; s800; s900; s400; Patrol (Ebro); Trade (Ebro); F-108; L-35
Lightyear: 0=Lightyear 0; 2=Lightyear 2; One*
NEVS: 9-3 EV; Emily GT; InMotion*
Van Hool: TX; EX; T9=Astron*; A330; Exqui.City; Alicron*; Altano*; Acron*
VDL: Citea*; Futura*; Jonckheere*; Berkhof*; DAF SB
DAF: XF; XG; XG+; XD; CF; LF; XB; 600; 750; 33; 44; 46; 55; 66; Daffodil*; 2800; 3300; 95XF; 85CF; 45; 65; 75; 85; 95; 105 XF
Scania: R-series=R Series; S-series=S Series; G-series=G Series; P-series=P Series; L-series=L Series; XT*; Citywide*; Interlink*; Touring (Scania); Irizar i6; LB; 110; 111; 140; 141; 142; 143; 113; 112; 2-series; 3-series; 4-series; PRT
MAN: TGX; TGS; TGM; TGL; TGE; eTGX; eTGS; eTGE; Lion's City=Lions City; Lion's Coach=Lions Coach; Lion's Intercity; F2000; F90; M2000; L2000; 19.403; SX
Iveco: Daily*=eDaily; Stralis*; S-Way; X-Way; T-Way; Eurocargo*; Trakker*; EuroStar*; EuroTech*; EuroTrakker*; TurboStar*; TurboDaily; Massif*; Crossway*; Evadys*; Urbanway*; Streetway*; Magelys*; Citelis*; Crealis*; Hi-Way; S-eWay; Eurocargo Electric; Zeta (Iveco); TurboZeta; Powerstar*; Tector*; Trakker Hi-Land
Renault Trucks: T=T High; C (Renault Trucks); K (Renault Trucks); D (Renault Trucks)=D Wide; Master (Renault Trucks); Magnum (Renault Trucks); Premium*; Kerax*; Midlum*; Maxity*; Mascott*; Manager (Renault); R 310; R 340; AE; Trafic (Renault Trucks); E-Tech T; E-Tech D; E-Tech C
Mack: Anthem*; Pinnacle*; Granite*; LR; MD; TerraPro; Titan (Mack); R Model=R-series (Mack); B Model; Super-Liner=Superliner*; Vision (Mack); CH; CL; DM; RD; Cruise-Liner; MH Ultra-Liner; LR Electric; MD Electric
Kenworth: W900; T680; T880; T800; T660; T600; T370; T270; T170; K270; K370; W990; C500; K100; T2000; T300; T400
Peterbilt: 579; 389; 567; 579EV; 520EV; 220EV; 337; 348; 365; 367; 379; 384; 386; 387; 388; 220; 330; 535; 536; 537; 548
Freightliner: Cascadia*; eCascadia; Columbia*; Coronado*; Century Class; Argosy*; M2 106; M2 112; 108SD; 114SD; 122SD; FLD; Classic XL; Business Class; Sprinter (Freightliner); eM2; MT45; MT55; FLB; FLA; FLC
Western Star: 4900; 5700XE; 6900; 47X; 49X; 57X; 4700; 4800; 5800
Navistar: International LT=LT Series; International RH; International HX; International MV; International CV; International HV; International eMV; International LoneStar=LoneStar*; International ProStar=ProStar*; International DuraStar=DuraStar*; International WorkStar; International TranStar; International PayStar; International 9900; International S-Series; International Scout=Scout*; International Travelall; International Harvester Metro; International eMV
Fuso: Canter*=eCanter; Fighter*; Super Great; Rosa*; Aero Queen; Aero Ace; Aero Star; FJ; FZ; Eco Hybrid
UD Trucks: Quon*; Quester*; Condor*; Kuzer*; Croner*; Big Thumb
Mercedes-Benz Trucks: Actros L; Actros F; eActros 600; eActros 300; eActros 400; Arocs (Trucks); Atego (Trucks); Axor (Trucks); Econic (Trucks); Unimog (Trucks); Zetros (Trucks); SK (Trucks); NG (Trucks); LP; L-Series; Accelo*; Axor (Brazil); Atron*
BharatBenz: 1217C; 1617R; 2823R; 3528C; 4228R; 5528T; 1015R; 914R; Ritaz
Ashok Leyland: Dost*; Bada Dost; Partner (Ashok Leyland); Ecomet*; Boss (Ashok Leyland); Captain*; U-Truck; AVTR; Stallion*; Comet (Ashok Leyland); Tusker*; Beaver*; Hippo*; Taurus (Ashok Leyland); Falcon (Ashok Leyland); Viking (Ashok Leyland); Cheetah*; Lynx (Ashok Leyland); Oyster*; Janbus; Circuit*; Switch EiV 22; Saathi*; Mitr*; Stile*
Eicher: Pro 2049; Pro 3015; Pro 6048; Pro 2110; Skyline Pro; Starline*; Pro 8035XM; Eicher 10.59; Eicher 11.10
Bajaj: Qute=RE60; RE; Maxima (Bajaj); Compact RE; Chetak*; Auto (Bajaj); Tempo (Bajaj)
Force Motors: Traveller*; Trax*; Gurkha*; Urbania*; Kargo King; Shaktiman*; Tempo Traveller; Matador (Force); Trump*; One (Force); Citiline*; Monobus*
Tata: Safari Storme; Safari (1998); Sumo Grande; Sumo Gold; Sumo Victa; Indigo*; Indigo Manza; Indigo CS; Indigo Marina; Vista*; Bolt (Tata); Zest (Tata); Aria (Tata); Movus*; Estate (Tata); Sierra (1991); Sierra EV; Harrier EV; Punch EV; Tiago EV; Tigor EV; Nexon iCNG; Altroz Racer; Curvv EV; Avinya*; Xenon XT; Yodha*; Intra*; Magic*; Winger*; Ultra (Tata); Prima*; Signa*; LPT; 407; 709; 1109; 1613; Novus (Tata); Starbus*; Marcopolo (Tata); Telcoline*; Mobile (Tata); Nano GenX; Indica Vista; Sumo Spacio
Mahindra: Scorpio Classic; Scorpio Getaway; XUV500; XUV 7XO; XUV 9e; XUV 4OO=XUV400 EV; XEV 9S; BE 6e; e2o; e2oPlus; eVerito; Verito*; Logan (Mahindra); Xylo*; Quanto*; Nuvosport*; Armada (Mahindra); Commander (Mahindra); Major (Mahindra); Marshal*; Invader*; MaXX*; Supro*; Jeeto*; Maxximo*; Imperio*; Genio*; Furio*; Blazo*; Treo*; Alfa (Mahindra); Zor Grand; Roxor*; KUV100 NXT; TUV300 Plus; Thar Roxx=Roxx*; Bolero Neo; Bolero Pik-Up; Scorpio Pik-Up; Mahindra Xylo; Rexton (Mahindra); Ssangyong Rexton; BE 6 Formula E; Vision S; Vision T; Vision SXT; Global Pik Up
Hindustan Motors: Ambassador*; Contessa*; Landmaster*; Trekker*; Porter (HM); Pushpak*; Baby Hindustan; 14; Mitsubishi Lancer (HM)
Premier: Padmini*; 118NE; 137D; Rio (Premier); Sigma (Premier); Roadster (Premier); President (Premier)
Reva: i (Reva); L-ion=Lion*; NXR; NXG
Maruti Suzuki: Gypsy King; Wagon R (1999); Esteem (1994); Zen Classic; Alto (2000); Swift (2005); Baleno Altura; Versa (2001); Grand Vitara XL-7
BYD: F0; F3DM; F6; G3; G6; L3; M6; S6; S7; S8; e5; e1; e3; T3; Qin Pro; Qin L; Qin EV; Qin Plus DM-i; Han EV; Han DM-i; Han L; Tang EV; Tang DM-i; Tang L; Song Pro; Song Max; Song L; Song Plus EV; Yuan Pro; Yuan EV; Seal 05; Seal 06; Seal 07; Sealion 05; Sealion 06; Sealion 07; Sealion 8; Seagull (2023); Atto 3 (2022); Atto 8; eMax 7=e6 (2024); M6 (2024); Tang (2024); Shark 6; Frigate 07; Destroyer 07; Chaser 05; Seal 07 DM-i; Xia*; e2 (2019); T3 (BYD); Qin Pro EV; Song DM; Han (2020); Seal (2022); Dolphin (2021); ETP3; K9 (BYD); B12; C9; D1; Flash*
Denza: D9; N7; N8; Z9; Z9 GT; N9; 500; X (Denza); Z*
Yangwang: U8; U9; U7; U8L
Fangchengbao: Bao 5=Leopard 5; Bao 8=Leopard 8; Tai 3=Titanium 3; Tai 7=Titanium 7; Bao 3
Aion: S*=Aion S; Y*=Aion Y; V*=Aion V; LX; Hyper GT=Hyper SSR=Hyper HT; RT; UT; S Plus; Y Plus; V Plus; i60; N60; Hyptec HT=HT
GAC: GS3; GS4; GS5; GS7; GS8; GA3; GA4; GA5; GA6; GA8; GN6; GN8; M6 (GAC); M8; Emkoo*; Empow*; Emzoom*; E8; E9; Trumpchi GS8; Trumpchi M8; Trumpchi E9; ES9; S7 (GAC); HT (GAC)
BAIC: BJ40; BJ60; BJ80; BJ90; BJ30; BJ20; BJ212=212; X3 (BAIC); X5 (BAIC); X7 (BAIC); X25; X35; X55; X65; U5; EU5; EU7; EX360; EC180; EC3; D50; D20; Senova D50=Senova*; Senova X55; Magic Core; Beijing X7; Beijing U5 Plus; BJ40 Plus; BJ2022; BJ2020; Kaiyun*; Yusheng*
Arcfox: Alpha S=αS; Alpha T=αT; Kaola*; Alpha T5; Alpha S5; T1
Hongqi: H5; H6; H7; H9; HS3; HS5; HS7; HQ9; E-HS9; E-HS3; E-QM5; L5; L7 (Hongqi); L9; CA72; CA770; CA7220; Shijia*; Guoya*; EH7; EHS7; HS6; Tiangong 05; Tiangong 06; Tiangong 08; Jinkuihua; Guoyao; QM7; QM5
Bestune: B30; B50; B70; B90; T33; T55; T77; T99; X40; X80; M9; NAT; Pony (Bestune); Yueyi 03; Yueyi 07; Xiaoma*
FAW: Jiabao*; Xiali*; Vita (FAW); Oley*; Weizhi*; Junpai*; Sirius (FAW); Besturn (FAW); Jiefang J6=J6; J7 (FAW); Xenia (FAW); Hongta*; Senya*; CA10; CA30; CA141; V2 (FAW); V5 (FAW); R7 (FAW)
Jiefang: J6P; J7; JH6; JK6; Tiger VH; Tiger V; Longwei*; Yingtai*; J6F; J6L; CA10 (Jiefang); CA141 (Jiefang); Aowei*
Dongfeng: Fengshen AX7=AX7; Fengshen AX5=AX5; Fengshen AX3; Fengshen A30; Fengshen A60; Fengshen E70; Fengshen L60; Fengshen S30; Aeolus Yixuan=Yixuan*; Aeolus Haoji; Aeolus Haoxiang; Aeolus Huge; Aeolus L7; Aeolus Shine; Fengguang 580=Glory 580=580; Fengguang 500; Fengguang 370; Fengguang ix5; Fengguang ix7; Fengguang E3; Fengxing T5 EVO; Fengxing SX6; Fengxing Jingyi=Joyear*; Fengxing Lingzhi; Fengxing Xinghai; Nammi 01=Box*; Nammi 06; eπ 007=eπ007; eπ 008; E1 (Dongfeng); EX1; Rich (Dongfeng); Rich 6; Rich 7; Captain (Dongfeng); Tianlong*; Tianjin (Dongfeng); Duolika; KX; Mengshi=Warrior*; Mage*; Mhero*=Mengshi 917; Mhero 1; Forthing T5; Forthing U-Tour; Forthing Yacht
Voyah: Free*; Dreamer*; Passion*; Courage*; Zhiyin*; FREE 318
Forthing: T5 EVO; U-Tour; Lingzhi*; Jingyi*; Yacht (Forthing); Leiting*; S7 (Forthing); V9 (Forthing); Xinghai S7; Xinghai V9; Friday*; T5L; T5 HEV
Venucia: D50; D60; R30; R50; T60; T70; T90; e30; Star (Venucia); V-Online; Xing*; VX6; The X; D60 EV; VX5
Changan: CS15; CS25; CS35 Plus; CS55 Plus; CS75 Plus; CS75 PHEV; CS85 Coupé; CS95 Plus; Raeton*; Raeton CC; Raeton Plus; Eado XT; Eado EV; Eado DT; Eado Plus; Alsvin V3; Alsvin V7; Benben*=Ben Ben; Benni Mini; Lumin*; Oshan X5=X5 (Changan); Oshan X7; Oshan Cos1; Oshan A600; Oshan X70A; Oshan Z6; Kaicene*; Kaicene F70; Star (Changan); Star 9; Honor (Changan); Lingxuan*; Yuexiang*; Zhixiang*; Hunter Plus; Qiyuan A05=Qiyuan*; Qiyuan A07; Qiyuan Q05; Qiyuan E07; Nevo Q05; UNI-Z; UNI-K iDD; CS55 (2017); CS75 (2014); CX70; CS35 (2012)
Deepal: S7=S07; SL03=L07; G318; S05; L06; E07; S09; S05 EV
Avatr: 11; 12; 07; 06; 05
Chery: A1 (Chery); A3 (Chery); A5 (Chery); A13; A516; E3 (Chery); E5 (Chery); Cowin*; Riich*; Rely*; Karry (Chery); Kimo*; Face*; QQ3; QQ6; QQme; Tiggo (2005); Tiggo 3; Tiggo 3x; Tiggo 5; Tiggo 5x; Tiggo 7 Plus; Tiggo 8 Plus; Tiggo 9 PHEV; Arrizo 3; Arrizo 7; Arrizo GX; Arrizo Star; Fengyun A8=Fulwin A8; Fengyun T9=Fulwin T9; Fengyun T10; Fengyun A9; Fengyun T11; Fulwin 2; eQ5; eQ7; Little Ant=Xiaomayi*; QQ Ice Cream; Fulwin T6; Fulwin A9; Fulwin X3; Tiggo 4 Hybrid; Tiggo 7 PHEV; Tiggo 8 PHEV; Tiggo 9 (2023); Tiggo X; Sweet*; Cielo (Chery); Eastar*; V5 (Chery); Oriental Son; Windcloud*; Amulet (Chery); Kimo (Chery); Indis*; Beat (Chery); Jaggi*; Fora*; Elara*; Unique*; Skin*; Zaz Vida; Omoda 5 (Chery); Tiggo Cross
Omoda: 5=C5=Omoda 5; 7=C7=Omoda 7; E5 (Omoda); 9=C9=Omoda 9; O5; E3 (Omoda); C3 (Omoda); S5 (Omoda)
Jaecoo: 7=J7=Jaecoo 7; 8=J8=Jaecoo 8; 5=J5=Jaecoo 5; 6=J6=Jaecoo 6
Exeed: TX; TXL; LX (Exeed); VX; RX (Exeed); Yaoguang=Sterra ET; Sterra ES; Stellar (Exeed); ET (Exeed); ES (Exeed)
Jetour: X70; X90; X95; Dashing*; Traveller (Jetour); T2; T1; X70 Plus; X90 Plus; Shanhai L6; Shanhai L7; Shanhai L9; Shanhai T1; Shanhai T2; G700; Freedom (Jetour); Zongheng*
iCaur: 03=V23; V27; 03T
Great Wall: Wingle 3; Wingle 5; Wingle 6; Wingle 7; Sailor (Great Wall); Socool*; Sing*=Sing RUV; Florid*; Coolbear*; Voleex C10; Voleex C20R; Voleex C30; Voleex C50; Haval H6 (Great Wall); Hover H3; Hover H5; Hover H6; M4 (Great Wall); Steed 5; Steed 6; Steed 7; Poer King Kong; Poer Shanhai; Cannon Alpha; Pao=Poer (China); Shanhai Pao; Tank 300 (Great Wall); Wey VV7 (Great Wall); Ora Good Cat (Great Wall)
Haval: H1; H4; H7; H8; F5; H6 Coupe; H6S; M6 Plus; Chitu*; Shenshou*; Xiaolong*; Xiaolong Max; Big Dog Plus; Second Generation Big Dog; Cool Dog; H5 (2023); H3 (2024); Jolion Pro; Jolion Max; H6 GT; H6 HEV; H6 PHEV; H9 (2024); Dargo X; Raptor (Haval); Menglong; Xiaolong; Chulian; Kugou*
Wey: VV5; VV6; VV7; VV7 GT; P8; Coffee 01; Coffee 02; Latte*; Macchiato*; Mocha*=Coffee 01 PHEV; Lanshan*; Gaoshan*; Blue Mountain
Ora: Funky Cat=Good Cat=03; Ballet Cat; 07=Lightning Cat; Black Cat=R1; White Cat; Punk Cat; Good Cat GT; 5 (Ora); R2 (Ora); iQ (Ora)
Tank: 300; 400; 500; 700; 800; Hi4-T; Tank 300 Hi4-T; Tank 400 Hi4-T
Wuling: Hongguang*=Hongguang Mini EV=Mini EV; Hongguang S; Hongguang V; Hongguang Plus; Rongguang*; Zhiguang*; Sunshine*; Xingchi*; Xingchen*; Xingguang*; Bingo*; Air EV=Air*; Cloud EV=Cloud*; Almaz*; Cortez*; Confero*; Formo*; Alvez*; Victory*=Kaijie; Starlight*; Jiachen*; Baojun 730; Nano EV; Binguo=Bingo EV; Zhiguang EV; Yangguang
Baojun: 310; 330; 360; 510; 530; 560; 610; 630; 730; RS-3; RS-5; RC-5; RC-6; RM-5; E100; E200; E300; KiWi EV=KiWi*; Yunduo*; Yep*; Yep Plus; Xiangjing*; Valli*; Huajing S
Roewe: 350; 360; 550; 750; 950; W5; RX3; RX5; RX5 Max; RX8 (Roewe); i5; i6; i6 Max; Ei5; ERX5; Marvel X=Marvel*; Clever*; Jing*; iMax8; RX9; D5X; D6; D7; M7 DMH; Cyberster (Roewe); e50; Jingzhi*
Maxus: V80; V90; G10; G20; G50; G70; G90; T60; T70; T90; D60; D90; D90 Pro; Euniq 5=Euniq*; Euniq 6; Mifa 5; Mifa 7; Mifa 9; eDeliver 3=eDeliver*; eDeliver 5; eDeliver 7; eDeliver 9; eTerron 9=eT90; Terron 9; V70; V100; eG10; EV30; EV80; Dana*; Dajia*; T60 Max; Deliver 9
IM Motors: L7 (IM); LS7; L6; LS6; L8 (IM); LS9
NIO: ES8; ES6; EC6; ET7; ET5; ET5T=ET5 Touring; EC7; ES7=EL7; EL6; EL8; ET9; EP9; EVE*; ES9; EC8
Onvo: L60; L90; L80
XPeng: G3; G3i; G6; G7; G9; P5; P7=P7i=P7+; X9; P7 Plus; G01; Land Aircraft Carrier; X2 (XPeng)
Li Auto: One*=Li One; L6; L7; L8; L9; Mega*=MEGA; i8; i6; L5
Aiways: U5; U6; U7; U6 ion
Seres: SF5; 3; 5; 7; Seres 3
Aito: M5; M7; M8; M9; M9 EREV
Neta: V*=Neta V; U*=Neta U; S*=Neta S; GT (Neta); X*=Neta X; L*=Neta L; Aya*; N01; Neta V-II; Neta E
Xiaomi: SU7=SU7 Max=SU7 Ultra; YU7; YU9; SU7 Pro
Leapmotor: T03; C01; C10; C11; C16; S01; B10; B01; B05; A10; C11 EREV; D19; Lafa 5
JAC: J2; J3; J4; J5; J6 (JAC); J7 (JAC); Refine*; Refine S2; Refine S3; Refine S4; Refine S5; Refine S7; Refine M3; Refine M4; Refine M5; T6 (JAC); T8 (JAC); T9 (JAC); Frison*; Sunray*; iEV6E; iEV7S; iEVA50; E-JS1; E-JS4; E10X; e-S2; Yiwei 3=Yiwei*; Yiwei EX10; Tongyue*; Heyue*; Binyue (JAC); Ruifeng*; Hunter (JAC); Shuailing*; Junling*; Gallop*; Geerfa*; Kanda*
Foton: Tunland*; Sauvana*; View (Foton); Toano*; Gratour*; Aumark*; Auman*; Forland*; Ollin*; Aoling*; Midi*; Alpha (Foton); Sup*; Daimler Auman; Tunland G7; Tunland G9; Tunland E5; View CS2; Mars (Foton); Galaxy (Foton); BJ212 (Foton); Wonder*; Lovol*
Brilliance: Zhonghua*=Junjie*; BS4; BS6; FSV; FRV; H220; H230; H320; H330; H530; V3; V5; V6; V7; BS2; BS3; Huasong 7; Jinbei Haise=Haise*; Jinbei Granse; Jinbei Grace; Jinbei S30; Jinbei S50; Jinbei F50; Jinbei Zhishang
Jinbei: Haise*; Granse*; Grace*; S30; S50; F50; SY1021=Zhishang*; 750; T30 (Jinbei); T32
JMC: Vigus*; Yuhu*; Baodian*; Yusheng*; Teshun*; Touring (JMC); Kaiyun (JMC); Carrying*; Shunda*; Fushun*; Grand Avenue*; Domy*; E-Lushun; Territory (JMC); Lushun*; Convey*; Vigus Pro
Landwind: X2 (Landwind); X5 (Landwind); X6 (Landwind); X7 (Landwind); X8 (Landwind); Xiaoyao*; Rongyao*; E32; CV9; Fashion*
Soueast: DX3; DX5; DX7; DX8S; V3 (Soueast); V5 (Soueast); V6 (Soueast); A5 (Soueast); Lioncel*; Delica (Soueast); Veryca*; Fashion (Soueast); S06; S07; S09; Freeca*
Kaiyi: X3 (Kaiyi); X3 Pro; E5 (Kaiyi); V3 (Kaiyi); Kunlun*; Showjet*; Shiyue*; X7 Kunlun; C3 (Kaiyi); C3R; Xuanjie*
Karry: Youya*; Youjin*; Youyou*; K50; K60; Dolphin (Karry); Xiangyun*; Xiangniu*
Lifan: 320; 330; 520; 530; 620; 630; 720; 820; X50; X60; X70; X80; Myway*; Solano*; Breez*=Breeze*; Smily*; Celliya*; Cebrium*; Murman*; Foison*; Xuanlang*; Lebao*; Maple 30X; Fengshun*
Qoros: 3=Qoros 3; 5=Qoros 5; 7=Qoros 7; 3 Sedan; 3 Hatch; 3 City SUV; 2 (Qoros); Milestone*
Luxgen: 7 SUV=U7; 5 Sedan=S5; U5; U6; M7 (Luxgen); V7 (Luxgen); S3 (Luxgen); URX; n7; MPV (Luxgen); Eco Hyper; Luxgen 7 MPV
Hawtai: Santa Fe (Hawtai); Terracan (Hawtai); Boliger*; B11; B21; B35; B70; Shengdafei*; Sheng Dafei; Lusheng*; Yuanshan*; Santafe*; Xinyuan*
Dorcen: G60; G60S; G70S; E20; X5 (Dorcen)
Hycan: 007; Z03; A06; V09; H6 (Hycan)
HiPhi: X*=HiPhi X; Z*=HiPhi Z; Y*=HiPhi Y; A*=HiPhi A
WM Motor: EX5=Weltmeister EX5; W6; E5 (WM); EX6; M7 (WM); Maven*
Sinotruk: HOWO A7=A7 (HOWO); HOWO T7H=T7H; HOWO TX; HOWO Max; Sitrak*; Sitrak C7H=C7H; Sitrak G7; Golden Prince; Steyr (Sinotruk); Haohan*; Hohan*; Howo Light; Wangpai*; Huanghe*; T5G; T7G; C9H
Shacman: X3000; X5000; X6000; F3000; F2000; M3000; H3000; L3000; Delong*; Aolong*; X9 (Shacman); E9 (Shacman); Xuande*
King Long: Kingwin*; Jinwei*; XMQ6127; XMQ6900; XMQ6800; Kaige*; Joylong*; Longwei (King Long); Pony (King Long); Jinlv*
Higer: KLQ6125; KLQ6129; KLQ6802; Longwei (Higer); H5C; V7 (Higer); Azure*; A80; H92
Yutong: ZK6122H; ZK6118; ZK6128; ZK6852; U12; E12; T7 (Yutong); T12 (Yutong); C12 (Yutong); ICe12; Xiaoyu*; ZK6938
Zotye: T600; T700; T800; T300; T500; Z100; Z200; Z300; Z360; Z500; Z560; Z700; SR7; SR9; Damai X5=Damai*; Damai X7; Nomad (Zotye); E200; E30; Hunter (Zotye); Langyue*; 2008 (Zotye); 5008 (Zotye); RX (Zotye); Yun 100; Jiangnan TT; Jiangnan U1; Jiangnan U2
Haima: 2=Haima 2; 3=Haima 3; 7=Haima 7; 8S; 7X; S5 (Haima); S7 (Haima); M3 (Haima); M5 (Haima); M6 (Haima); M8 (Haima); Family*; Happin*; Knight (Haima); Freema*; Cupid*; Aishang*; E3 (Haima); EX00; 7X-E; Fstar*
Skywell: ET5; BE11; HT-i; Q (Skywell); Xiaoyao*; Haoyue*
Livan: 9=Livan 9; 7=Livan 7; X3 Pro (Livan); X6 Pro; Maple 60S=60S; Maple 80V=80V; Maple 30X=30X; R7 (Livan); S7 (Livan); X3 (Livan)
Belgee: X50; X70; S50; X80; Geely Tugella (Belgee)
Geometry: A (Geometry); C (Geometry); E (Geometry); G6 (Geometry); M6 (Geometry); EX3 (Geometry); E Firefly; Xingyuan (Geometry)
Radar: RD6; Horizon (Radar); King Kong (Radar)
Jetta: VA3; VS5; VS7; VS8; VA7
Scout Motors: Traveler*; Terra*
VinFast: Fadil*; Lux A2.0=Lux A; Lux SA2.0=Lux SA; President (VinFast); VF e34=VF e34*; VF 3=VF3; VF 5=VF5; VF 6=VF6; VF 7=VF7; VF 8=VF8; VF 9=VF9; Limo Green; Minio Green; Nerio Green; Herio Green; VF Wild; EC Van; VF MPV 7
Iran Khodro: Paykan Vanet; Samand LX; Samand Soren; Dena+; Tara (2022); Haima S7 (IKCO); Arisun*; Rira (2024)
Kamaz: 5320; 5410; 5511; 53212; 43118; 4310; 5490=K5; 54901; 65115; 65116; 6520; 6522; 65206; 65207; 4308; Kompas*=Компас; Typhoon*=Тайфун; Mustang (Kamaz); Oka (Kamaz); 1111; 43253; 6580; 6560; 43509; Kamaz-5490 Neo; Kama*; 54907; 53605
MAZ: 5440; 6430; 5432; 6422; 5516; 5551; 4370=Zubrenok*; 437041; 500; 200; 503; 525; 535; 537; 543; 7310=Uragan; 103; 107; 203; 206; 215; 231; 251; 303; 6312; 6501
BelAZ: 75710; 75600; 7540; 7547; 7555; 7557; 75131; 75570; 7513; 540; 548; 7522; 7548; 7523
ZIL: 130=ЗИЛ-130; 131; 133; 157; 164; 4331; 5301=Bychok=Бычок; 114; 117; 4104; 41047; 111; 110; 115; 135; 150; 151; 4102; 6404; 5423; 433360; 432930
Sollers: Atlant*=Атлант; Argo (Sollers); SP7; ST6; ST8; SF1; Argo Truck
Aurus: Senat*=Сенат; Komendant*=Комендант; Arsenal*=Арсенал; Senat Limousine; Senat Cabriolet
Evolute: i-Pro (2022); i-Sky; i-Van; i-Jet (2023)
Tenet: T4; T7; T8
Ravon: R2; R3; R4; Nexia R3; Gentra (Ravon); Matiz (Ravon)
Izh: 2125=Kombi*; 2126=Oda*; 2715; 2717 (Izh); 412 (Izh); 21261=Fabula*; 27175; Moskvitch-412IE
Volga: 24 (Volga); 3102 (Volga); 3110 (Volga); 31105 (Volga); Siber (Volga); M21 (Volga); GAZ-24-10; 31029 (Volga); 3111
PAZ: 672; 3205; 3206; 4230; 4234; Vector*=Vector Next; 3204; 320414; Citymax*; 652
LiAZ: 677; 5256; 5292; 6212; 6213; 4292; 5293; 529265
KrAZ: 255; 256; 257; 260; 6322; 6510; 65055; 5233; 7140; 214; 219; 221; 222; 6443; Hurricane*=Ураган; Spartan (KrAZ); Shrek*; Cougar (KrAZ); Hulk*; Fiona*; Raptor (KrAZ)
LuAZ: 969=Volyn*; 1302; 967; 13021
Bogdan: A091; A092; A144; A201; A231; A601; T601; T701; 2110 (Bogdan); 2111 (Bogdan); 2310; 2312
ErAZ: 762; 3730; 762V
Ural: 4320; 375; 377; 43206; 4420; 5323; 6370; Next (Ural); 63685; 63706; Tornado-U; Federal*; Typhoon (Ural)
TagAZ: Tager*; Vortex Tingo=Tingo*; Vortex Estina=Estina*; Vortex Corda=Corda*; C10 (TagAZ); C190; Aquila*; Road Partner; Hardy*; LC100; Tagaz Master
Derways: Cowboy*; Shuttle (Derways); Plutus*; Antelope*; Aurora (Derways); Land Crown; Saladin*
Marussia: B1; B2; F2
BMC: Pro 940; Tugra*; Levend*; Fatih*; Professional (BMC); Megastar*; Procity*; Neocity*; Belde*; Falcon (BMC); Orion (BMC); Kirpi*=Kirpi II; Vuran*; Amazon (BMC); Tulpar*; Altay*; Kaplan (BMC)
Temsa: Safari (Temsa); Safir*; Diamond (Temsa); Opalin*; Prestij*; MD9; HD12; LD12; Avenue*; Tourmalin*; Maraton*; TS30; TS35; TS45
Karsan: Jest*=e-Jest; Atak*=e-Atak; e-ATA; J10; Star (Karsan); V1 (Karsan)
Otokar: Sultan*; Navigo*; Doruk*; Kent*; Territo*; Vectio*; Ulyso*; Cobra*; Arma*; Akrep*; Tulpar (Otokar); Altay (Otokar); Atlas (Otokar); e-Kent
Prince Motor: Skyline (Prince); Gloria (Prince); Sprint (Prince); Clipper (Prince); Homer (Prince); Sedric (Prince); R380; 1900 Sprint; Sedan (Prince)
UD Trucks: Quon (2017); Croner (2018); Kuzer (2018); Quester (2013); Condor (UD)
Eunos: Roadster (Eunos); Cosmo (Eunos); 100 (Eunos); 300 (Eunos); 500 (Eunos); 800 (Eunos); Presso*; Cargo (Eunos)
Acura: Integra (2022); ZDX (2024); RSX Type-S; TL Type-S; NSX Type S; Legend (1986); CL (1997); RDX (2019); MDX (2022)
Scion: xA; xB; xD; tC; iA; iM; iQ; FR-S
Alpina: B3; B4; B5; B6; B7; B8; B10; B12; D3; D4; D5; XB7; XD3; XD4; Roadster V8; B3 Touring; B5 Touring; XB7 Manufaktur
Mercedes-AMG: GT=AMG GT; GT 4-Door; SL (AMG); C 63=C63; E 63=E63; S 63; G 63=G63; A 45=A45; CLA 45; GLC 63; GLE 63; GLS 63; One (AMG); Project One; SLS (AMG); GT Black Series; GT XX; CLE 53; EQE 53; EQS 53
Mercedes-Maybach: S-Class (Maybach); S 580 (Maybach); S 680; GLS 600; EQS SUV (Maybach); SL 680; 57; 62; Exelero*; Zeppelin (Maybach); Landaulet*; Vision Mercedes-Maybach 6
Lincoln: Navigator L; Aviator Grand Touring; Continental (2017); Zephyr (2006); Mark III; Mark IV; Mark V; Mark VI; Premiere (Lincoln); Cosmopolitan*; Capri (Lincoln); Lincoln-Zephyr
Genesis: G80 Sport; GV60 Performance; GV70 Electrified; Neolun*; X Gran Racer
Polestar: Polestar 1 (2019); Polestar 2 (2020); Polestar 3 (2024); Polestar 4 (2024); Synergy*; BST Edition
Holden: Commodore (VE); Commodore (VF); Commodore (ZB); Monaro (2001); Torana A9X; HSV GTS; HSV Clubsport
LEVC: TX (LEVC); VN5; L380
Microlino: Lite*; Spiaggina*; Pioneer (Microlino)
Donkervoort: D8 GTO; F22; P24 RS; S8; S7; D10
Spyker: C8; C12; D8 Peking-to-Paris; B6 Venator; Aileron*; Laviolette*; Spyder (Spyker); D12
Rimac: Nevera*; Concept One=Concept_One; Concept Two; C_Two
Lynk & Co: 01 PHEV; 01 HEV; 02 Hatchback; 03+; 05+; 06 EM-P; 08 EM-P; Z10 (2024)
Hyundai: Pony (1975); Pony Excel; Pony 2; Galloper II; Trajet XG; Sonata (1985); Grandeur (1986); Santro Xing; Getz Prime; i10 Grand; Accent Era; Eon (2011); Creta N Line; Venue (2019); Verna (2023); Tucson (2004); Terracan (2001); H-100; HD65; HD72; HD78; HD120; HD170; HD260; HD320; HD1000; Xcient Fuel Cell; Universe (2006); Aero Town; Aero Space; Super Aero City; Chorus*; Trago*; Pavise (2019); New Power Truck; Mighty (2015); Porter II; County (1998); Green City; Global 900; Unicity*; Elec City Town
Kia: Bongo III; Bongo K4000; K2500 (Kia); Combi (Kia); Granbird*; Cosmos (Kia); Rhino (Kia); Titan (Kia); Ceres*; Master (Kia); Brisa II; Fiat 132 (Kia); Peugeot 604 (Kia); Rocsta*; Sportage Grand; Sephia Leo; Rio (2000); Rio (2005); Rio (2017); Picanto (2004); Picanto (2011); Soul (2008); Sportage (1993); Sorento (2002); Carnival (1998); Optima (2000); Opirus (2003); Carens (1999); Joice (1999); Retona (1998); Elan (1996); Enterprise (1997); Pride (1987); Magentis (2000); Forte (2008); Cerato (2003); K7; Mohave (2019); K3 GT; K5 (2019); Ray (2011); EV3 (2024); EV4 (2025); Clavis*; PV5 Passenger; PV5 Cargo
Renault: Alpine A110 (Renault); Alpine A310 (Renault); Dauphine Gordini; R8 Gordini; R12 Gordini; Floride S; Caravelle (1962); Frégate Amiral; Colorale Prairie; Estafette (1959); Saviem*; Goélette*; Master (1980); Trafic (1980); Espace F1; Clio (1990); Twingo (2014); Megane (1995); Scenic (1996); Laguna (1994); Safrane (1992); Vel Satis (2002); Avantime (2001); Koleos (2007); Kadjar (2015); Captur (2013); Arkana (2019); Austral (2022); Espace (2023); Rafale (2024); Scenic (2024); R5 E-Tech (2024); R4 E-Tech (2025); Twingo (2026); Clio (2026); Duster (2024 Renault); Bigster (Renault); Boreal (2025); Niagara*; Kardian (2024); Sandero (2020); Logan (2020); Symbol (2008); Taliant*; Megane Conquest; Megane Grand Coupe; Fluence (2010); Latitude (2010); Samsung SM6; Samsung QM6; Samsung XM3; Grand Koleos (2024); Filante (2025); Aurora*
Nissan: Datsun 240Z; Datsun 510; Datsun Bluebird; Tsuru II; Tsuru III; Sentra (Mexico); Ichi Van; Tsubame*; Platina*; Aprio*; Pickup (Nissan Mexico); NP300 Frontier; Estaquitas*; Versa (Mexico); March (Mexico); Kicks (Mexico); X-Trail (Mexico); Sentra (2020); Altima (2019); Maxima (2016); Rogue (2021); Murano (2015); Pathfinder (2022); Armada (2025); Titan (2016); Leaf (2017); Ariya (2022); Juke (2019); Qashqai (2021); X-Trail (2022); Micra (2017); Note (2020); Navara (2015)
Toyota: Tsuru (Toyota)*; Corolla (1966); Corolla E90; Corolla E110; Corolla E120; Corolla E140; Corolla E170; Corolla E210; Camry XV40; Camry XV50; Camry XV70; Camry XV80; Land Cruiser 40; Land Cruiser 60; Land Cruiser 80; Land Cruiser 100; Land Cruiser 200; Hilux (1968); Hilux Vigo; RAV4 (1994); Yaris (1999); Prius (1997); Prius (2023); Crown (2022); Century (2023); Alphard (2023); Sienna (2021); Tundra (2022); Sequoia (2023); Tacoma (2024); 4Runner (2025); Land Cruiser (2024); C-HR (2023); bZ4X (2022); Urban Cruiser (2024); Aygo X (2022); Yaris Cross (2020); Corolla Cross (2020); Veloz (2021); Raize (2019); Rush (2018); Agya (2023); Calya (2016); Avanza (2021); Innova Zenix; Fortuner (2015); Hilux Champ (2023); Hiace (2019); Granvia (2019); Coaster (2016); Dyna (2011); Land Cruiser Prado (2024); Sequoia (2001)
Ford: Model T (1908); Model A (1927); V8 (1932); Taunus 12M; Taunus 17M; Taunus 20M; Taunus TC; Taunus 15M; Granada (Europe); Consul (1972); Cortina Mk I; Cortina Mk II; Cortina Mk IV; Cortina Mk V; Escort Mk I; Escort Mk II; Escort Mk III; Escort Mk IV; Escort Mk V; Escort Mk VI; Escort RS2000; Fiesta Mk1; Fiesta Mk2; Fiesta Mk3; Fiesta Mk4; Fiesta Mk5; Fiesta Mk6; Fiesta Mk7; Fiesta Mk8; Focus Mk1; Focus Mk2; Focus Mk3; Focus Mk4; Mondeo Mk1; Mondeo Mk2; Mondeo Mk3; Mondeo Mk4; Mondeo Mk5; Sierra RS500; Orion Ghia; Capri Mk II; Capri Mk III; Scorpio (1985); Galaxy (1995); Puma (1997); Puma (2019); Kuga (2008); Ka (1996); Ka (2008); Transit Mk1; Transit (2013); Transit Custom (2023); Ranger (2022); Ranger (1998); Everest (2022); Explorer (2019); Explorer (2024); Bronco (2021); Maverick (2022); Mustang (1964); Mustang (2015); Mustang (2024); F-150 (2021); Expedition (2025); Escape (2020); Edge (2015); Territory (2023); Equator Sport; Mondeo (2022); Taurus (2023); Focus (2018); Fusion (2013)
Chevrolet: Bel Air (1955); Impala (1958); Corvette C1; Corvette C2; Corvette C3; Corvette C4; Corvette C5; Corvette C6; Corvette C7; Corvette C8; Camaro (1967); Chevelle SS; Nova SS; Caprice Classic; Vega GT; Monza (1975); Citation II; Cavalier (1982); Malibu (2016); Silverado (2019); Tahoe (2021); Suburban (2021); Colorado (2023); Equinox (2018); Blazer (2019); Traverse (2018); Trax (2013); Spark (2010); Sonic (2012); Cruze (2008); Aveo (2011); Orlando (2011); Captiva (2006); Volt (2016); Bolt (2027); Silverado EV (2024); Equinox EV (2024); Blazer EV (2024); Onix (2019); Tracker (2020); Montana (2023); S10 (2012); Spin (2012); Cobalt (2012); Prisma (2013); Celta (2000); Corsa Classic; Agile (2009); Astra (Brazil); Vectra (Brazil); Zafira (Brazil); Omega (Brazil); Opala (1969); Caravan (Chevrolet); Chevette (1973); Monza (1982); Kadett (Brazil); Ipanema*; Marajó*=Marajo*; D-20; C-10; A-10; Veraneio (1964); Bonanza*; Blazer (Brazil); Silverado (Brazil); Trailblazer (2012); Niva (Chevrolet); Lanos (Chevrolet); Nexia (Chevrolet); Matiz (Chevrolet); Cobalt (Chevrolet); Gentra (Chevrolet); Malibu (Uzbekistan); Captiva (Uzbekistan); Damas (Chevrolet); Labo (Chevrolet)
Fiat: Uno (1983); Uno (2010); Panda (1980); Panda (2003); Panda (2011); Punto (1993); Punto (1999); Grande Punto (2005); Punto (2012); Tipo (2015); Bravo (1995); Brava (1995); Marea (1996); Stilo (2001); Croma (1985); Croma (2005); 500 (1957); 500 (2007); 500 (2020); 500X (2014); 500L (2012); 600 (2023); Doblò (2000); Doblò (2010); Doblò (2022); Ducato (1981); Ducato (2006); Scudo (1995); Scudo (2022); Ulysse (1994); Ulysse (2022); Multipla (1998); Idea (2003); Sedici (2006); Qubo (2008); Fiorino (1977); Palio (1996); Siena (1997); Strada (1996); Strada (2020); Toro (2016); Mobi (2016); Argo (2017); Cronos (2018); Pulse (2021); Fastback (2022); Titano (2024); Grande Panda (2024); Topolino (2023); Egea (2015); Albea (2002); Linea (2007); Freemont (2011); Fullback (2016); Talento (2016); 124 Spider (2016); Seicento (1998); Cinquecento (1991); 126 (1972); 127 (1971); 128 (1969); 131 (1974); 132 (1972); Regata (1983); Ritmo (1978); Tempra (1990); Tipo (1988); Argenta (1981); Duna (1987); Elba (1986); Premio (1985); Oggi (1983); 147 (1976); Panorama*; Spazio (1983)
"""

# Model names that are ordinary words, places or names in some language: bare, they count
# only capitalised (gen_models marks them `common`), whatever line they come from.
COMMON_WORDS = set("""
America Amazon Alpha Atlas Aurora Auto Beat Boss Cabriolet California Cannon Caravan Cargo
Classic Clipper Combi Comet Commander Cosmos Cougar Coupé Crossover Custo Dart Diamond Dolphin
Estate Expert Express Falcon Fashion Force Freedom Frontier Galaxy Gloria Highland Homer Honor
Horizon Hunter Knight Major Manager Mars Master Matador Mobile Next Nomad Nova Omega Orion Panda
Partner Patrol Pickup Pioneer Pony Porter Premiere President Professional Raptor Rhino Roadster
Sabre Safari Sailor Samurai Sedan Seven Shuttle Sigma Sirius Skyline Spark Spartan Sprint
Sprinter Sprite Spyder Star Statesman Stellar Sterling Suburban Taurus Tempo Territory Titan
Tourer Touring Trade Traction Transporter Typhoon Ultra Universal Viking Vision Vita Viva Yacht
Zeppelin Zest Zeta Tianjin Mustang Colorado Equinox Armada Acadia Magnum Maxima Metro Mini Aria
Astra Tipo Corsa Egea Elba Granada Córdoba Málaga Cortina Carlton Montego Maestro Marcopolo
Healey Lynx Pars Doğan Şahin Kartal Signum Frontera Malibu Orlando Tracker Cobalt Sonic Volt
Bolt Impala Magnus Prince Royale Racer Chairman Family Novus Florida Skala Visa Rosalie Rancho
Samba Alpine Sunbeam Avenger Vedette Symbol Latitude Scala Pulse Boreal Niagara Caravelle Wind
Modus Scenic Espace Rafale Austral Spring Jogger Duster Icon Maple Preface Ace Magic Winger
Prima Indigo Vista Nano Punch Harrier Sierra Xenon Talisman Trafic Siber Tivoli Okavango
Primera Pick-up
""".split())
