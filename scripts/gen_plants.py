#!/usr/bin/env python3
"""Generate assets/gazetteer/plants.toml for plantscope.

Facts compiled from public references (manufacturer sites, Wikipedia lists of
automobile manufacturing plants); code and layout written for plantscope;
data licence: CC0 / MIT as part of plantscope.

Line format:
  name | aliases (comma separated) | city | country | operator | group | brands (comma separated)
Aliases fire on their own, so a bare city name is only an alias when the press
means exactly this plant by it.  Big multi-plant cities (Shanghai, Chengdu, Wuhan,
Moscow, St Petersburg, Detroit, Chennai, Leipzig, Bursa ...) only get
operator-qualified names.  Deliberate exception: bare "Chengdu" resolves to
Volvo Chengdu, because Volvo/Polestar press coverage ("Polestar 3 ... built in
Chengdu") means that plant; other Chengdu plants use qualified names only.
"""
import os
import sys
import tomllib

sys.path.insert(0, os.path.dirname(__file__))
from gazlib import dedup, fold, q, qlist, split_list  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "..", "assets", "gazetteer")

PLANTS = """
# ---------------- Stellantis
Kaluga | Kalouga, Калуга, PSMA Rus, ПСМА Рус, Kaluga plant, usine de Kalouga, Stellantis Kaluga, PSA Kaluga, Kaluga-Werk | Kaluga | Russia | PSMA Rus (Stellantis / Mitsubishi) | Stellantis | Peugeot, Citroën, Opel, Mitsubishi, Fiat
Sevel Nord | Sevelnord, Hordain, usine d'Hordain, usine de Hordain | Hordain | France | Stellantis | Stellantis | Peugeot, Citroën, Fiat, Toyota, Opel
Sochaux | usine de Sochaux, Sochaux-Montbéliard, Peugeot Sochaux, Stellantis Sochaux | Sochaux | France | Stellantis | Stellantis | Peugeot
Mulhouse | usine de Mulhouse, Mülhausen, Peugeot Mulhouse, Stellantis Mulhouse | Mulhouse | France | Stellantis | Stellantis | Peugeot, DS Automobiles
Poissy | usine de Poissy, Stellantis Poissy, PSA Poissy | Poissy | France | Stellantis | Stellantis | Peugeot, DS Automobiles, Opel
Rennes-La Janais | La Janais, Rennes La Janais, usine de la Janais, Stellantis Rennes | Chartres-de-Bretagne | France | Stellantis | Stellantis | Citroën, Peugeot
Trnava | Stellantis Trnava, PSA Trnava, Trnava plant | Trnava | Slovakia | Stellantis | Stellantis | Peugeot, Citroën
Sevel Atessa | Atessa, Sevel Sud, Val di Sangro, Sevel Val di Sangro, Stellantis Atessa | Atessa | Italy | Stellantis | Stellantis | Fiat, Peugeot, Citroën, Opel, Toyota
Melfi | San Nicola di Melfi, SATA Melfi, Stellantis Melfi | Melfi | Italy | Stellantis | Stellantis | Jeep, Fiat, DS Automobiles, Lancia
Cassino | Piedimonte San Germano, Cassino plant, Stellantis Cassino | Piedimonte San Germano | Italy | Stellantis | Stellantis | Alfa Romeo, Maserati
Mirafiori | Turin Mirafiori, Torino Mirafiori, Fiat Mirafiori, Stellantis Mirafiori | Turin | Italy | Stellantis | Stellantis | Fiat, Maserati
Pomigliano d'Arco | Pomigliano, Giambattista Vico, Stellantis Pomigliano | Pomigliano d'Arco | Italy | Stellantis | Stellantis | Fiat, Alfa Romeo
Maserati Modena | Modena plant, Viale Ciro Menotti | Modena | Italy | Maserati (Stellantis) | Stellantis | Maserati
Tychy | Fiat Tychy, Stellantis Tychy, FCA Poland | Tychy | Poland | Stellantis | Stellantis | Fiat, Jeep, Alfa Romeo, Lancia, Leapmotor
Gliwice | Opel Gliwice, Stellantis Gliwice | Gliwice | Poland | Stellantis | Stellantis | Opel, Peugeot, Citroën, Fiat
Eisenach | Opel Eisenach, Werk Eisenach | Eisenach | Germany | Stellantis | Stellantis | Opel
Rüsselsheim | Opel Rüsselsheim, Stammwerk Rüsselsheim, Rüsselsheim am Main | Rüsselsheim am Main | Germany | Stellantis | Stellantis | Opel, DS Automobiles
Zaragoza | Figueruelas, Opel Zaragoza, Stellantis Zaragoza, Opel Figueruelas, Saragosse | Figueruelas | Spain | Stellantis | Stellantis | Opel, Peugeot, Citroën, Lancia, Leapmotor
Vigo | Balaídos, Stellantis Vigo, PSA Vigo, Citroën Vigo | Vigo | Spain | Stellantis | Stellantis | Citroën, Peugeot, Opel, Toyota, Fiat
Madrid Villaverde | Villaverde, Stellantis Madrid, PSA Madrid | Madrid | Spain | Stellantis | Stellantis | Citroën
Mangualde | Stellantis Mangualde, PSA Mangualde | Mangualde | Portugal | Stellantis | Stellantis | Peugeot, Citroën, Opel, Fiat, Toyota
Luton | Vauxhall Luton, Luton plant | Luton | United Kingdom | Stellantis | Stellantis | Vauxhall, Opel, Peugeot, Citroën, Toyota, Fiat
Ellesmere Port | Vauxhall Ellesmere Port | Ellesmere Port | United Kingdom | Stellantis | Stellantis | Vauxhall, Opel, Peugeot, Citroën, Fiat
Kragujevac | Fiat Kragujevac, Stellantis Kragujevac, Zastava Kragujevac, Крагујевац | Kragujevac | Serbia | Stellantis | Stellantis | Fiat
Tofaş Bursa | Tofaş, Tofaş plant, Tofas Bursa | Bursa | Turkey | Tofaş (Stellantis / Koç) | Stellantis | Fiat, Peugeot, Citroën, Opel
Kenitra | Kénitra, usine de Kénitra, Stellantis Kenitra, PSA Kenitra, Atlantic Free Zone | Kenitra | Morocco | Stellantis | Stellantis | Peugeot, Citroën, Opel, Fiat
Fiat Oran | Tafraoui, Stellantis Oran, Fiat El Djazaïr | Tafraoui | Algeria | Fiat El Djazaïr (Stellantis) | Stellantis | Fiat
Betim | Fiat Betim, Stellantis Betim | Betim | Brazil | Stellantis | Stellantis | Fiat
Goiana | Jeep Goiana, Polo Automotivo Jeep, Stellantis Goiana | Goiana | Brazil | Stellantis | Stellantis | Jeep, Fiat, Ram
Porto Real | Stellantis Porto Real, PSA Porto Real | Porto Real | Brazil | Stellantis | Stellantis | Peugeot, Citroën
El Palomar | PSA El Palomar, Stellantis El Palomar | El Palomar | Argentina | Stellantis | Stellantis | Peugeot, Citroën
Fiat Córdoba | Ferreyra, Fiat Ferreyra, Stellantis Córdoba | Córdoba | Argentina | Stellantis | Stellantis | Fiat, Peugeot
Toluca Assembly | Toluca, Stellantis Toluca, Toluca Car Assembly | Toluca | Mexico | Stellantis | Stellantis | Jeep
Saltillo Truck Assembly | Saltillo, Stellantis Saltillo, Saltillo Van Assembly | Saltillo | Mexico | Stellantis | Stellantis | Ram
Windsor Assembly | Windsor Assembly Plant, Stellantis Windsor | Windsor | Canada | Stellantis | Stellantis | Chrysler, Dodge
Brampton Assembly | Brampton Assembly Plant, Stellantis Brampton | Brampton | Canada | Stellantis | Stellantis | Dodge, Chrysler, Jeep
Sterling Heights Assembly | SHAP, Sterling Heights Assembly Plant | Sterling Heights | United States | Stellantis | Stellantis | Ram
Warren Truck Assembly | Warren Truck, Warren Truck Assembly Plant | Warren | United States | Stellantis | Stellantis | Ram, Jeep
Detroit Assembly Complex | Jefferson North Assembly, Jefferson North, Mack Assembly, Detroit Assembly Complex Mack | Detroit | United States | Stellantis | Stellantis | Jeep, Dodge
Toledo Assembly Complex | Toledo North Assembly, Toledo Assembly, Jeep Toledo | Toledo | United States | Stellantis | Stellantis | Jeep
Belvidere Assembly | Belvidere, Belvidere Assembly Plant | Belvidere | United States | Stellantis | Stellantis | Jeep, Chrysler, Dodge
DPCA Wuhan | Dongfeng Peugeot Citroën Wuhan, Shenlong Wuhan | Wuhan | China | Dongfeng Peugeot Citroën Automobile | Stellantis | Peugeot, Citroën
Leapmotor Jinhua | Leapmotor Jinhua plant | Jinhua | China | Leapmotor | Leapmotor | Leapmotor
# ---------------- Renault Group / AvtoVAZ
Flins | usine de Flins, Flins-sur-Seine, Refactory, Renault Flins | Flins-sur-Seine | France | Renault | Renault Group | Renault, Nissan
Douai | usine de Douai, Georges Besse, Renault Douai, ElectriCity | Douai | France | Renault | Renault Group | Renault
Maubeuge | MCA, Maubeuge Construction Automobile, usine de Maubeuge, Renault Maubeuge | Maubeuge | France | Renault | Renault Group | Renault, Mercedes-Benz, Nissan
Sandouville | usine de Sandouville, Renault Sandouville | Sandouville | France | Renault | Renault Group | Renault, Nissan, Mitsubishi
Batilly | SOVAB, usine de Batilly, Renault Batilly | Batilly | France | Renault | Renault Group | Renault, Nissan, Renault Trucks
Alpine Dieppe | Manufacture Alpine Dieppe, usine de Dieppe, Alpine Dieppe plant | Dieppe | France | Alpine (Renault) | Renault Group | Alpine
Mioveni | Dacia Mioveni, Colibași, Uzina Dacia, Mioveni plant | Mioveni | Romania | Automobile Dacia | Renault Group | Dacia
Novo Mesto | Revoz, Renault Novo Mesto | Novo Mesto | Slovenia | Revoz (Renault) | Renault Group | Renault
Oyak-Renault Bursa | Oyak Renault, Oyak-Renault plant | Bursa | Turkey | Oyak-Renault | Renault Group | Renault
Palencia | Villamuriel de Cerrato, Renault Palencia | Villamuriel de Cerrato | Spain | Renault | Renault Group | Renault
Renault Valladolid | FASA-Renault, Renault Valladolid plant | Valladolid | Spain | Renault | Renault Group | Renault
Renault Tanger | Tanger-Melloussa, Melloussa, Renault Tangier, Renault Tanger Med, Tangier plant | Melloussa | Morocco | Renault | Renault Group | Renault, Dacia
SOMACA | Somaca Casablanca, Renault Casablanca | Casablanca | Morocco | Renault | Renault Group | Renault, Dacia
Busan | Pusan, 부산, Renault Korea Busan, RKM Busan, Busan plant, Renault Busan, usine de Busan, 부산공장 | Busan | South Korea | Renault Korea Motors | Renault Group | Renault, Polestar
Ayrton Senna Complex | Renault Curitiba, São José dos Pinhais, Complexo Ayrton Senna | São José dos Pinhais | Brazil | Renault do Brasil | Renault Group | Renault, Nissan
Sofasa Envigado | Sofasa, Renault Sofasa | Envigado | Colombia | Sofasa (Renault) | Renault Group | Renault
Renault Santa Isabel | Renault Córdoba, Santa Isabel plant | Córdoba | Argentina | Renault Argentina | Renault Group | Renault, Nissan
Renault Nissan Chennai | RNAIPL, Renault Nissan Automotive India, Oragadam | Chennai | India | Renault Nissan Automotive India | Nissan | Renault, Nissan
Tolyatti | Togliatti, Тольятти, Toljatti, Togliatti plant, AvtoVAZ Tolyatti, Volzhsky Automobile Plant, ВАЗ завод | Tolyatti | Russia | AvtoVAZ | AvtoVAZ | Lada, Renault, Nissan, Datsun
Izhevsk | Ижевск, IzhAvto, Lada Izhevsk | Izhevsk | Russia | AvtoVAZ | AvtoVAZ | Lada
Moskvitch plant | Avtoframos, Renault Moscow, Renault Russia plant, Moskvitch Moscow, AZLK plant, Automobile Plant Moskvitch, Автофрамос | Moscow | Russia | Moskvitch | Moskvitch | Moskvitch, Renault
# ---------------- Volkswagen Group
Wolfsburg | Werk Wolfsburg, Volkswagen Wolfsburg, VW Wolfsburg, Stammwerk Wolfsburg, Вольфсбург | Wolfsburg | Germany | Volkswagen | Volkswagen Group | Volkswagen, Cupra, SEAT
Zwickau | Zwickau-Mosel, Werk Zwickau, VW Zwickau, Volkswagen Zwickau, Mosel plant | Zwickau | Germany | Volkswagen Sachsen | Volkswagen Group | Volkswagen, Audi, Cupra
Emden | Werk Emden, VW Emden, Volkswagen Emden | Emden | Germany | Volkswagen | Volkswagen Group | Volkswagen
Hanover | Hannover, Werk Hannover, VW Hannover, Volkswagen Hannover, Hannover-Stöcken, Hanovre | Hanover | Germany | Volkswagen Commercial Vehicles | Volkswagen Group | Volkswagen
Transparent Factory | Gläserne Manufaktur, Transparent Factory Dresden, VW Dresden, Volkswagen Dresden, Manufacture de verre | Dresden | Germany | Volkswagen Sachsen | Volkswagen Group | Volkswagen
Osnabrück | Werk Osnabrück, VW Osnabrück, Volkswagen Osnabrück | Osnabrück | Germany | Volkswagen | Volkswagen Group | Volkswagen, Porsche
Ingolstadt | Audi Ingolstadt, Werk Ingolstadt | Ingolstadt | Germany | Audi | Volkswagen Group | Audi
Neckarsulm | Audi Neckarsulm, Werk Neckarsulm | Neckarsulm | Germany | Audi | Volkswagen Group | Audi
Győr | Audi Hungaria, Audi Győr, Raab, Győr plant | Győr | Hungary | Audi Hungaria | Volkswagen Group | Audi, Cupra
Audi Brussels | Audi Vorst, Audi Forest, Audi Brussel, Audi Bruxelles | Forest | Belgium | Audi | Volkswagen Group | Audi
Bratislava | Volkswagen Bratislava, VW Bratislava, Devínska Nová Ves, Volkswagen Slovakia | Bratislava | Slovakia | Volkswagen Slovakia | Volkswagen Group | Volkswagen, Audi, Porsche, Škoda
Mladá Boleslav | Jungbunzlau, Škoda Mladá Boleslav, Mlada Boleslav plant | Mladá Boleslav | Czechia | Škoda Auto | Volkswagen Group | Škoda
Kvasiny | Škoda Kvasiny | Kvasiny | Czechia | Škoda Auto | Volkswagen Group | Škoda, SEAT
Martorell | SEAT Martorell, Cupra Martorell | Martorell | Spain | SEAT | Volkswagen Group | SEAT, Cupra, Audi
Pamplona | Landaben, Volkswagen Navarra, VW Navarra, VW Pamplona, Volkswagen Pamplona | Pamplona | Spain | Volkswagen Navarra | Volkswagen Group | Volkswagen, Škoda
Autoeuropa | Volkswagen Autoeuropa, Palmela, VW Palmela | Palmela | Portugal | Volkswagen Autoeuropa | Volkswagen Group | Volkswagen
Poznań | Volkswagen Poznań, VW Poznań, Antoninek | Poznań | Poland | Volkswagen Poznań | Volkswagen Group | Volkswagen
Września | Volkswagen Września, VW Września | Września | Poland | Volkswagen Poznań | Volkswagen Group | Volkswagen, MAN
Volkswagen Kaluga | VW Kaluga, Volkswagen Kalouga, AGR Kaluga, Фольксваген Калуга | Kaluga | Russia | Volkswagen Group Rus (now AGR Holding) | Volkswagen Group | Volkswagen, Škoda, Audi
GAZ plant | Gorky Automobile Plant, Nizhny Novgorod, Nijni Novgorod, Nischni Nowgorod, Нижний Новгород, Горьковский автомобильный завод, GAZ Nizhny Novgorod | Nizhny Novgorod | Russia | GAZ Group | GAZ Group | GAZ, Volkswagen, Škoda, Mercedes-Benz, Chevrolet
Chattanooga | Volkswagen Chattanooga, VW Chattanooga | Chattanooga | United States | Volkswagen Group of America | Volkswagen Group | Volkswagen
Volkswagen Puebla | VW Puebla, Volkswagen de México | Puebla | Mexico | Volkswagen de México | Volkswagen Group | Volkswagen
Audi San José Chiapa | Audi México, San José Chiapa | San José Chiapa | Mexico | Audi México | Volkswagen Group | Audi
Volkswagen Anchieta | VW Anchieta, Anchieta plant | São Bernardo do Campo | Brazil | Volkswagen do Brasil | Volkswagen Group | Volkswagen
Volkswagen Taubaté | VW Taubaté | Taubaté | Brazil | Volkswagen do Brasil | Volkswagen Group | Volkswagen
Kariega | Uitenhage, VW Kariega, Volkswagen Kariega, Volkswagen South Africa | Kariega | South Africa | Volkswagen Group South Africa | Volkswagen Group | Volkswagen
Porsche Leipzig | Porsche Werk Leipzig, Porsche Leipzig plant | Leipzig | Germany | Porsche | Volkswagen Group | Porsche
Zuffenhausen | Porsche Zuffenhausen, Stuttgart-Zuffenhausen, Werk Zuffenhausen | Stuttgart | Germany | Porsche | Volkswagen Group | Porsche
Sant'Agata Bolognese | Lamborghini Sant'Agata | Sant'Agata Bolognese | Italy | Automobili Lamborghini | Volkswagen Group | Lamborghini
Bentley Crewe | Pyms Lane, Crewe plant | Crewe | United Kingdom | Bentley Motors | Volkswagen Group | Bentley
Bugatti Molsheim | Château Saint-Jean, Molsheim | Molsheim | France | Bugatti Rimac | | Bugatti
FAW-Volkswagen Changchun | FAW-VW Changchun, FAW Volkswagen Changchun | Changchun | China | FAW-Volkswagen | Volkswagen Group | Volkswagen, Audi, Jetta
FAW-Volkswagen Foshan | FAW-VW Foshan | Foshan | China | FAW-Volkswagen | Volkswagen Group | Volkswagen, Audi
SAIC Volkswagen Anting | SAIC-VW Anting, Anting, SVW Anting | Shanghai | China | SAIC Volkswagen | Volkswagen Group | Volkswagen, Škoda, Audi
Volkswagen Anhui | VW Anhui, Volkswagen Hefei, VW Hefei | Hefei | China | Volkswagen Anhui | Volkswagen Group | Volkswagen
Audi FAW Changchun | Audi FAW NEV, Audi Changchun | Changchun | China | Audi FAW NEV Company | Volkswagen Group | Audi
Scania Södertälje | Södertälje, Scania Södertälje plant | Södertälje | Sweden | Scania | Traton | Scania
MAN Munich | MAN Truck München, MAN Werk München | Munich | Germany | MAN Truck & Bus | Traton | MAN
# ---------------- Toyota
Tsutsumi | Toyota Tsutsumi, Tsutsumi plant, 堤工場 | Toyota City | Japan | Toyota | Toyota | Toyota
Motomachi | Toyota Motomachi, Motomachi plant, 元町工場 | Toyota City | Japan | Toyota | Toyota | Toyota, Lexus
Tahara | Toyota Tahara, Tahara plant, 田原工場 | Tahara | Japan | Toyota | Toyota | Lexus, Toyota
Takaoka | Toyota Takaoka, Takaoka plant | Toyota City | Japan | Toyota | Toyota | Toyota
Toyota Kentucky | Toyota Motor Manufacturing Kentucky, TMMK, Toyota Georgetown, Georgetown | Georgetown | United States | Toyota Motor Manufacturing Kentucky | Toyota | Toyota, Lexus
Toyota Indiana | TMMI, Toyota Motor Manufacturing Indiana, Toyota Princeton | Princeton | United States | Toyota Motor Manufacturing Indiana | Toyota | Toyota
Toyota Texas | TMMTX, Toyota Motor Manufacturing Texas, Toyota San Antonio | San Antonio | United States | Toyota Motor Manufacturing Texas | Toyota | Toyota
Toyota Mississippi | TMMMS, Toyota Blue Springs, Blue Springs plant | Blue Springs | United States | Toyota Motor Manufacturing Mississippi | Toyota | Toyota
Mazda Toyota Manufacturing | MTM, Mazda Toyota Huntsville, Mazda Toyota Manufacturing USA | Huntsville | United States | Mazda Toyota Manufacturing USA | Toyota | Toyota, Mazda
Toyota Canada Cambridge | TMMC, Toyota Motor Manufacturing Canada, Toyota Woodstock, Toyota Cambridge | Cambridge | Canada | Toyota Motor Manufacturing Canada | Toyota | Toyota, Lexus
Onnaing | TMMF, Toyota Onnaing, Toyota Valenciennes, Toyota Motor Manufacturing France | Onnaing | France | Toyota Motor Manufacturing France | Toyota | Toyota
Burnaston | TMUK, Toyota Burnaston, Toyota Motor Manufacturing UK | Burnaston | United Kingdom | Toyota Motor Manufacturing UK | Toyota | Toyota
Kolín | TMMCZ, Toyota Kolín, TPCA, Toyota Peugeot Citroën Automobile | Kolín | Czechia | Toyota Motor Manufacturing Czech Republic | Toyota | Toyota, Peugeot, Citroën
Toyota Saint Petersburg | Toyota St Petersburg, Toyota Shushary, Тойота Шушары | Saint Petersburg | Russia | Toyota Motor Russia | Toyota | Toyota
Toyota Sakarya | TMMT, Toyota Adapazarı, Toyota Motor Manufacturing Turkey | Arifiye | Turkey | Toyota Motor Manufacturing Turkey | Toyota | Toyota
Toyota Baja California | TMMBC, Toyota Tijuana | Tijuana | Mexico | Toyota Motor Manufacturing de Baja California | Toyota | Toyota
Toyota Guanajuato | TMMGT, Toyota Apaseo el Grande | Apaseo el Grande | Mexico | Toyota Motor Manufacturing de Guanajuato | Toyota | Toyota
FAW Toyota Tianjin | Tianjin FAW Toyota, FAW Toyota Tianjin plant | Tianjin | China | FAW Toyota | Toyota | Toyota
GAC Toyota Guangzhou | GAC Toyota Nansha, GAC Toyota plant | Guangzhou | China | GAC Toyota | Toyota | Toyota
Toyota Prospecton | Toyota Durban, Toyota South Africa Motors, Prospecton | Durban | South Africa | Toyota South Africa Motors | Toyota | Toyota
Toyota Bidadi | Toyota Kirloskar, Toyota Kirloskar Motor, Bidadi | Bidadi | India | Toyota Kirloskar Motor | Toyota | Toyota
Toyota Gateway | Toyota Thailand Gateway, Chachoengsao | Chachoengsao | Thailand | Toyota Motor Thailand | Toyota | Toyota
# ---------------- Hyundai Motor Group
Ulsan | Hyundai Ulsan, 울산, 울산공장, Ulsan plant | Ulsan | South Korea | Hyundai Motor Company | Hyundai Motor Group | Hyundai, Genesis
Asan | Hyundai Asan, 아산공장, Asan plant | Asan | South Korea | Hyundai Motor Company | Hyundai Motor Group | Hyundai
Jeonju | Hyundai Jeonju, 전주공장 | Jeonju | South Korea | Hyundai Motor Company | Hyundai Motor Group | Hyundai
Hwaseong | Kia Hwaseong, Autoland Hwaseong, 화성공장 | Hwaseong | South Korea | Kia | Hyundai Motor Group | Kia
Gwangmyeong | Sohari, Kia Sohari, Autoland Gwangmyeong, Kia Gwangmyeong, 광명 | Gwangmyeong | South Korea | Kia | Hyundai Motor Group | Kia
Kia Gwangju | Autoland Gwangju, Kia Gwangju plant | Gwangju | South Korea | Kia | Hyundai Motor Group | Kia
GGM Gwangju | Gwangju Global Motors, GGM | Gwangju | South Korea | Gwangju Global Motors | Hyundai Motor Group | Hyundai
Nošovice | Hyundai Nošovice, HMMC, Hyundai Motor Manufacturing Czech | Nošovice | Czechia | Hyundai Motor Manufacturing Czech | Hyundai Motor Group | Hyundai
Žilina | Kia Žilina, Kia Slovakia, Teplička nad Váhom, Kia Zilina plant | Žilina | Slovakia | Kia Slovakia | Hyundai Motor Group | Kia
Hyundai Assan | Hyundai İzmit, Hyundai Assan İzmit | İzmit | Turkey | Hyundai Assan | Hyundai Motor Group | Hyundai
Hyundai Saint Petersburg | HMMR, Hyundai St Petersburg, Hyundai Sestroretsk, Хёндэ Мотор Мануфактуринг Рус | Saint Petersburg | Russia | Hyundai Motor Manufacturing Rus (now AGR) | Hyundai Motor Group | Hyundai, Kia
Hyundai Alabama | HMMA, Hyundai Motor Manufacturing Alabama, Hyundai Montgomery | Montgomery | United States | Hyundai Motor Manufacturing Alabama | Hyundai Motor Group | Hyundai, Genesis
Kia Georgia | KaGA, Kia West Point, Kia Motors Manufacturing Georgia | West Point | United States | Kia Georgia | Hyundai Motor Group | Kia, Hyundai
Metaplant America | HMGMA, Hyundai Metaplant, Hyundai Metaplant America, Ellabell | Ellabell | United States | Hyundai Motor Group Metaplant America | Hyundai Motor Group | Hyundai, Kia, Genesis
Kia Pesquería | Kia México, Kia Monterrey | Pesquería | Mexico | Kia México | Hyundai Motor Group | Kia
Hyundai Chennai | Hyundai Sriperumbudur, Hyundai Irungattukottai, Hyundai Motor India plant | Sriperumbudur | India | Hyundai Motor India | Hyundai Motor Group | Hyundai
Kia Anantapur | Kia Penukonda, Kia India plant | Penukonda | India | Kia India | Hyundai Motor Group | Kia
Hyundai Almaty | Hyundai Trans Auto, Hyundai Trans Kazakhstan | Almaty | Kazakhstan | Hyundai Trans Auto | | Hyundai
Avtotor | Автотор, Kaliningrad, Калининград, Avtotor Kaliningrad, Kaliningrad plant | Kaliningrad | Russia | Avtotor | | Kia, Hyundai, BMW, Chery, Haval
Kostanay | Kostanai, Qostanay, Костанай, Қостанай, SaryarkaAvtoProm, Сарыаркаавтопром, Agromash, Agromash Holding, Kostanaï, Kustanai | Kostanay | Kazakhstan | SaryarkaAvtoProm / Agromash | | Peugeot, Lada, Kia, Chevrolet, JAC, Škoda, Hyundai
UzAuto Asaka | Asaka, Асака, GM Uzbekistan Asaka, UzAuto Motors Asaka | Asaka | Uzbekistan | UzAuto Motors | UzAuto Motors | Chevrolet, Ravon
# ---------------- Geely / Volvo / Polestar / Lotus
Torslanda | Volvo Torslanda, Torslandaverken, Torslanda plant | Gothenburg | Sweden | Volvo Cars | Geely | Volvo
Volvo Ghent | Volvo Cars Gent, Volvo Gent, Volvo Car Gent, Volvo Gand, Gent, Ghent, Gand | Ghent | Belgium | Volvo Cars | Geely | Volvo, Polestar
Ridgeville | Volvo Cars Charleston, Volvo Charleston, Ridgeville plant, Volvo Ridgeville | Ridgeville | United States | Volvo Cars | Geely | Volvo, Polestar
Volvo Chengdu | Chengdu, Volvo Cars Chengdu, Volvo Chengdu plant, usine de Chengdu, Чэнду, 成都 | Chengdu | China | Volvo Cars | Geely | Volvo, Polestar
Volvo Daqing | Volvo Cars Daqing, Daqing plant | Daqing | China | Volvo Cars | Geely | Volvo, Polestar
Luqiao | Volvo Luqiao, Volvo Taizhou, Geely Luqiao, Luqiao plant | Taizhou | China | Volvo Cars / Geely | Geely | Volvo, Polestar, Lynk & Co
Polestar Production Centre | Polestar Chengdu, Polestar Production Center | Chengdu | China | Polestar | Geely | Polestar
Hangzhou Bay | Geely Hangzhou Bay, Ningbo Hangzhou Bay, Geely Ningbo, Zeekr Ningbo, Zeekr Intelligent Factory | Ningbo | China | Geely | Geely | Geely, Zeekr, Lynk & Co, Volvo, Smart
Lotus Hethel | Hethel, Hethel plant | Hethel | United Kingdom | Lotus Cars | Geely | Lotus
Lotus Wuhan | Lotus Wuhan plant, Lotus Intelligent Manufacturing | Wuhan | China | Lotus Technology | Geely | Lotus
Smart Xi'an | Geely Xi'an, Xi'an Geely | Xi'an | China | Geely | Geely | Smart, Geely
Belgee Borisov | Belgee plant, Borisov, Borisov plant, Borissov, Барысаў, Борисов | Borisov | Belarus | Belgee (BelAZ / Geely) | Geely | Geely, Belgee
Proton Tanjung Malim | Tanjung Malim, Proton City | Tanjung Malim | Malaysia | Proton | DRB-Hicom | Proton
# ---------------- BMW Group
BMW Munich | BMW Werk München, BMW München, BMW Munich plant, Milbertshofen | Munich | Germany | BMW | BMW Group | BMW
Dingolfing | BMW Dingolfing, Werk Dingolfing | Dingolfing | Germany | BMW | BMW Group | BMW
Regensburg | BMW Regensburg, Werk Regensburg | Regensburg | Germany | BMW | BMW Group | BMW
BMW Leipzig | BMW Werk Leipzig, BMW Leipzig plant | Leipzig | Germany | BMW | BMW Group | BMW, Mini
Debrecen | BMW Debrecen, BMW Werk Debrecen | Debrecen | Hungary | BMW | BMW Group | BMW
Spartanburg | Plant Spartanburg, BMW Spartanburg, BMW Greer | Greer | United States | BMW Manufacturing Co. | BMW Group | BMW
BMW San Luis Potosí | BMW SLP, BMW Mexico plant | San Luis Potosí | Mexico | BMW | BMW Group | BMW
Rosslyn | BMW Rosslyn, BMW South Africa plant | Rosslyn | South Africa | BMW South Africa | BMW Group | BMW
BMW Shenyang | BMW Brilliance Shenyang, BMW Tiexi, BMW Dadong, BMW Lydia, BMW Brilliance | Shenyang | China | BMW Brilliance Automotive | BMW Group | BMW
Plant Oxford | Mini Oxford, Mini Plant Oxford, Cowley, BMW Oxford | Oxford | United Kingdom | BMW | BMW Group | Mini
Goodwood | Rolls-Royce Goodwood, Home of Rolls-Royce | Goodwood | United Kingdom | Rolls-Royce Motor Cars | BMW Group | Rolls-Royce
VDL Nedcar | Nedcar, NedCar Born, VDL Nedcar Born | Born | Netherlands | VDL Nedcar | | Mini, Mitsubishi, Volvo, Smart
Magna Steyr Graz | Magna Steyr, Graz-Thondorf, Magna Graz, Puchwerk | Graz | Austria | Magna Steyr | | Mercedes-Benz, BMW, Jaguar, Toyota, Fisker
Valmet Uusikaupunki | Valmet Automotive, Uusikaupunki, Nystad | Uusikaupunki | Finland | Valmet Automotive | | Mercedes-Benz, Porsche, Saab
# ---------------- Mercedes-Benz
Sindelfingen | Mercedes Sindelfingen, Werk Sindelfingen, Factory 56, Mercedes-Benz Sindelfingen | Sindelfingen | Germany | Mercedes-Benz | Mercedes-Benz Group | Mercedes-Benz, Mercedes-Maybach, Mercedes-AMG
Mercedes Bremen | Mercedes-Benz Bremen, Werk Bremen, Mercedes Bremen plant | Bremen | Germany | Mercedes-Benz | Mercedes-Benz Group | Mercedes-Benz
Rastatt | Mercedes Rastatt, Mercedes-Benz Rastatt, Werk Rastatt | Rastatt | Germany | Mercedes-Benz | Mercedes-Benz Group | Mercedes-Benz
Kecskemét | Mercedes Kecskemét, Mercedes-Benz Kecskemét | Kecskemét | Hungary | Mercedes-Benz Manufacturing Hungary | Mercedes-Benz Group | Mercedes-Benz
Ludwigsfelde | Mercedes Ludwigsfelde, Werk Ludwigsfelde | Ludwigsfelde | Germany | Mercedes-Benz | Mercedes-Benz Group | Mercedes-Benz
Mercedes Düsseldorf | Sprinter Düsseldorf, Mercedes-Benz Werk Düsseldorf | Düsseldorf | Germany | Mercedes-Benz Vans | Mercedes-Benz Group | Mercedes-Benz
Mercedes Vitoria | Mercedes-Benz Vitoria, Vitoria-Gasteiz plant, Mercedes Gasteiz | Vitoria-Gasteiz | Spain | Mercedes-Benz España | Mercedes-Benz Group | Mercedes-Benz
Mercedes Tuscaloosa | MBUSI, Mercedes Vance, Mercedes-Benz U.S. International, Mercedes Alabama | Vance | United States | Mercedes-Benz U.S. International | Mercedes-Benz Group | Mercedes-Benz
Mercedes Ladson | Mercedes Charleston, Mercedes-Benz Vans Charleston, Ladson | Ladson | United States | Mercedes-Benz Vans | Mercedes-Benz Group | Mercedes-Benz
Mercedes Yesipovo | Esipovo, Есипово, Mercedes Moscow plant, Mercedes-Benz Manufacturing Rus | Yesipovo | Russia | Mercedes-Benz Manufacturing Rus (now Avtodom) | Mercedes-Benz Group | Mercedes-Benz
Mercedes East London | Mercedes-Benz East London, MBSA East London | East London | South Africa | Mercedes-Benz South Africa | Mercedes-Benz Group | Mercedes-Benz
Beijing Benz | BBAC, Beijing Benz Automotive, Mercedes Beijing | Beijing | China | Beijing Benz Automotive | Mercedes-Benz Group | Mercedes-Benz
COMPAS Aguascalientes | COMPAS, Cooperation Manufacturing Plant Aguascalientes | Aguascalientes | Mexico | Nissan / Mercedes-Benz | Nissan | Infiniti, Mercedes-Benz
Daimler Truck Wörth | Wörth am Rhein, Mercedes-Benz Werk Wörth | Wörth am Rhein | Germany | Daimler Truck | Daimler Truck | Mercedes-Benz Trucks
# ---------------- Ford
Ford Cologne | Ford Köln, Köln-Niehl, Ford Niehl, Cologne Electric Vehicle Center, Ford Werk Köln | Cologne | Germany | Ford-Werke | Ford | Ford
Saarlouis | Ford Saarlouis, Saarlouis plant | Saarlouis | Germany | Ford-Werke | Ford | Ford
Almussafes | Ford Almussafes, Ford Valencia, Valencia Body and Assembly | Almussafes | Spain | Ford España | Ford | Ford
Craiova | Ford Craiova, Ford Otosan Craiova | Craiova | Romania | Ford Otosan | Ford | Ford
Ford Otosan Kocaeli | Ford Otosan, Gölcük, Ford Gölcük, Ford Kocaeli, Yeniköy | Gölcük | Turkey | Ford Otosan | Ford | Ford
Ford Sollers Yelabuga | Yelabuga, Elabuga, Елабуга, Ford Yelabuga, Sollers Yelabuga, Alabuga | Yelabuga | Russia | Ford Sollers (now Sollers) | Sollers | Ford, Sollers
Ford Vsevolozhsk | Vsevolozhsk, Всеволожск, Ford Saint Petersburg | Vsevolozhsk | Russia | Ford Sollers | Ford | Ford
Dearborn Truck | Ford Rouge, Rouge Complex, River Rouge, Rouge Electric Vehicle Center, Dearborn Truck Plant | Dearborn | United States | Ford | Ford | Ford
Kentucky Truck Plant | KTP, Ford Kentucky Truck | Louisville | United States | Ford | Ford | Ford, Lincoln
Louisville Assembly Plant | Ford Louisville Assembly, LAP | Louisville | United States | Ford | Ford | Ford
Chicago Assembly | Ford Chicago Assembly, Chicago Assembly Plant | Chicago | United States | Ford | Ford | Ford, Lincoln
Michigan Assembly | Michigan Assembly Plant, Ford Wayne | Wayne | United States | Ford | Ford | Ford
Kansas City Assembly | Claycomo, Ford Claycomo, Kansas City Assembly Plant | Claycomo | United States | Ford | Ford | Ford
Ohio Assembly | Avon Lake, Ford Avon Lake, Ohio Assembly Plant | Avon Lake | United States | Ford | Ford | Ford
Flat Rock Assembly | Flat Rock, Ford Flat Rock, AutoAlliance International | Flat Rock | United States | Ford | Ford | Ford
BlueOval City | Ford Stanton, BlueOval City Tennessee | Stanton | United States | Ford | Ford | Ford
Oakville Assembly | Ford Oakville, Oakville Assembly Complex | Oakville | Canada | Ford of Canada | Ford | Ford
Ford Hermosillo | Hermosillo, Hermosillo Stamping and Assembly | Hermosillo | Mexico | Ford de México | Ford | Ford, Lincoln
Ford Cuautitlán | Cuautitlán, Cuautitlán Assembly | Cuautitlán Izcalli | Mexico | Ford de México | Ford | Ford
Ford Silverton | Silverton, Ford Pretoria | Pretoria | South Africa | Ford Motor Company of Southern Africa | Ford | Ford
AutoAlliance Thailand | AAT, Ford Rayong | Rayong | Thailand | AutoAlliance Thailand | Ford | Ford, Mazda
Ford Sanand | Tata Sanand 2 | Sanand | India | Tata Passenger Electric Mobility | Tata Motors | Tata
# ---------------- General Motors
Factory Zero | Detroit-Hamtramck, Detroit-Hamtramck Assembly, GM Factory Zero, Hamtramck | Detroit | United States | General Motors | General Motors | GMC, Chevrolet, Cadillac, Hummer
Spring Hill | GM Spring Hill, Spring Hill Manufacturing | Spring Hill | United States | General Motors | General Motors | Cadillac, GMC
Flint Assembly | GM Flint, Flint Truck Assembly | Flint | United States | General Motors | General Motors | Chevrolet, GMC
Fort Wayne Assembly | GM Fort Wayne, Roanoke Assembly | Roanoke | United States | General Motors | General Motors | Chevrolet, GMC
Arlington Assembly | GM Arlington, Arlington Assembly Plant | Arlington | United States | General Motors | General Motors | Chevrolet, GMC, Cadillac
Wentzville Assembly | GM Wentzville, Wentzville | Wentzville | United States | General Motors | General Motors | Chevrolet, GMC
Bowling Green Assembly | Corvette Assembly, GM Bowling Green | Bowling Green | United States | General Motors | General Motors | Chevrolet
Lansing Delta Township | Lansing Delta Township Assembly, GM Lansing, Lansing Grand River | Lansing | United States | General Motors | General Motors | Chevrolet, Buick, Cadillac
Fairfax Assembly | GM Fairfax, Fairfax Assembly Plant | Kansas City | United States | General Motors | General Motors | Chevrolet, Cadillac, Buick
Orion Assembly | GM Orion, Orion Township | Orion Township | United States | General Motors | General Motors | Chevrolet
Ramos Arizpe | GM Ramos Arizpe, Ramos Arizpe Assembly | Ramos Arizpe | Mexico | General Motors de México | General Motors | Chevrolet
Silao Assembly | GM Silao, Silao | Silao | Mexico | General Motors de México | General Motors | Chevrolet, GMC
CAMI Ingersoll | CAMI, CAMI Automotive, Ingersoll | Ingersoll | Canada | General Motors of Canada | General Motors | Chevrolet
Oshawa Assembly | GM Oshawa, Oshawa | Oshawa | Canada | General Motors of Canada | General Motors | Chevrolet
GM São Caetano do Sul | São Caetano do Sul, GM São Caetano | São Caetano do Sul | Brazil | General Motors do Brasil | General Motors | Chevrolet
GM Gravataí | Gravataí | Gravataí | Brazil | General Motors do Brasil | General Motors | Chevrolet
Bupyeong | GM Korea Bupyeong, Bupyeong plant, 부평공장 | Incheon | South Korea | GM Korea | General Motors | Chevrolet, Buick
Changwon | GM Korea Changwon, Changwon plant, 창원공장 | Changwon | South Korea | GM Korea | General Motors | Chevrolet
SGMW Liuzhou | SAIC-GM-Wuling Liuzhou, Wuling Liuzhou, Liuzhou | Liuzhou | China | SAIC-GM-Wuling | SAIC | Wuling, Baojun, Chevrolet
SAIC-GM Jinqiao | Shanghai GM Jinqiao, SAIC General Motors Jinqiao | Shanghai | China | SAIC General Motors | General Motors | Buick, Cadillac, Chevrolet
# ---------------- Tesla
Fremont | Tesla Fremont, Fremont Factory, NUMMI | Fremont | United States | Tesla | Tesla | Tesla
Giga Texas | Gigafactory Texas, Giga Austin, Tesla Austin, Tesla Texas | Austin | United States | Tesla | Tesla | Tesla
Giga Berlin | Grünheide, Gigafactory Berlin, Giga Berlin-Brandenburg, Gigafactory Berlin-Brandenburg, Tesla Grünheide, Tesla Berlin | Grünheide | Germany | Tesla | Tesla | Tesla
Giga Shanghai | Tesla Shanghai, Gigafactory Shanghai, Gigafactory 3, Giga Shanghai Lingang, Tesla Lingang | Shanghai | China | Tesla | Tesla | Tesla
Giga Nevada | Gigafactory Nevada, Gigafactory 1, Tesla Nevada | Sparks | United States | Tesla | Tesla | Tesla
# ---------------- BYD and other Chinese makers
BYD Szeged | BYD Hungary, BYD Szeged plant | Szeged | Hungary | BYD | BYD | BYD
BYD Rayong | BYD Thailand, BYD Rayong plant | Rayong | Thailand | BYD | BYD | BYD
BYD Camaçari | Camaçari, BYD Bahia, BYD Brazil plant | Camaçari | Brazil | BYD | BYD | BYD
BYD Manisa | BYD Turkey, BYD Manisa plant | Manisa | Turkey | BYD | BYD | BYD
BYD Shenzhen | BYD Pingshan, BYD Shenzhen plant | Shenzhen | China | BYD | BYD | BYD, Denza
BYD Xi'an | BYD Xi'an plant | Xi'an | China | BYD | BYD | BYD
BYD Hefei | BYD Hefei plant | Hefei | China | BYD | BYD | BYD
BYD Changzhou | BYD Changzhou plant | Changzhou | China | BYD | BYD | BYD, Denza
Chery Wuhu | Chery Wuhu plant, Wuhu | Wuhu | China | Chery | Chery | Chery, Omoda, Jaecoo, Exeed
Ebro Barcelona | Ebro Factory, Zona Franca, Nissan Zona Franca, Nissan Barcelona, Ebro Zona Franca | Barcelona | Spain | Ebro Factory (Chery JV) | Chery | Chery, Omoda, Jaecoo, Nissan
Great Wall Baoding | Baoding, GWM Baoding | Baoding | China | Great Wall Motor | Great Wall Motor | Great Wall, Haval, Wey
Haval Tula | Haval Russia, Haval Uzlovaya, Uzlovaya, Узловая, Хавейл Тула | Uzlovaya | Russia | Haval Motor Manufacturing Rus | Great Wall Motor | Haval, Great Wall, Tank
Changan Chongqing Yubei | Changan Yubei, Changan Chongqing plant | Chongqing | China | Changan | Changan | Changan, Deepal, Avatr
FAW Hongqi Changchun | Hongqi Changchun, Hongqi Fanrong plant | Changchun | China | FAW | FAW | Hongqi
Xiaomi Yizhuang | Xiaomi Beijing, Xiaomi EV factory, Xiaomi Yizhuang plant | Beijing | China | Xiaomi | Xiaomi | Xiaomi
NIO Hefei | NIO Hefei plant, JAC NIO Hefei, NeoPark | Hefei | China | JAC / NIO | NIO | NIO, Onvo
Li Auto Changzhou | Li Auto Changzhou plant | Changzhou | China | Li Auto | Li Auto | Li Auto
XPeng Zhaoqing | XPeng Zhaoqing plant, Zhaoqing | Zhaoqing | China | XPeng | XPeng | XPeng
Seres Chongqing | Seres Liangjiang, Seres Super Factory | Chongqing | China | Seres | Seres | Aito, Seres
# ---------------- Japan / Korea others
Nissan Sunderland | Sunderland, NMUK, Nissan Motor Manufacturing UK, Sunderland plant | Sunderland | United Kingdom | Nissan Motor Manufacturing UK | Nissan | Nissan
Nissan Smyrna | Smyrna, Smyrna Vehicle Assembly | Smyrna | United States | Nissan North America | Nissan | Nissan, Infiniti
Nissan Canton | Canton Vehicle Assembly, Nissan Mississippi | Canton | United States | Nissan North America | Nissan | Nissan
Nissan Aguascalientes | Nissan A1, Nissan A2, Nissan Aguascalientes plant | Aguascalientes | Mexico | Nissan Mexicana | Nissan | Nissan
Nissan Saint Petersburg | Nissan St Petersburg, Nissan Kamenka, Ниссан Санкт-Петербург | Saint Petersburg | Russia | Nissan Manufacturing Rus (now AvtoVAZ) | Nissan | Nissan, Lada
Oppama | Nissan Oppama, Oppama plant, 追浜工場 | Yokosuka | Japan | Nissan | Nissan | Nissan
Nissan Tochigi | Tochigi plant, Nissan Kaminokawa | Kaminokawa | Japan | Nissan | Nissan | Nissan, Infiniti
Nissan Kyushu | Nissan Motor Kyushu, Kanda plant | Kanda | Japan | Nissan Motor Kyushu | Nissan | Nissan
Honda Marysville | Marysville Auto Plant, Honda of America Marysville | Marysville | United States | Honda of America Mfg. | Honda | Honda, Acura
Honda Alliston | Honda of Canada Manufacturing, Alliston | Alliston | Canada | Honda of Canada Mfg. | Honda | Honda
Honda Suzuka | Suzuka plant, Suzuka factory | Suzuka | Japan | Honda | Honda | Honda
Honda Yorii | Yorii plant | Yorii | Japan | Honda | Honda | Honda
Mazda Ujina | Ujina, Mazda Hiroshima, Hiroshima plant | Hiroshima | Japan | Mazda | Mazda | Mazda
Mazda Hofu | Hofu plant, Mazda Hōfu | Hōfu | Japan | Mazda | Mazda | Mazda
Subaru Yajima | Subaru Gunma, Yajima plant, Subaru Ota | Ōta | Japan | Subaru | Subaru | Subaru, Toyota
Subaru Lafayette | SIA, Subaru of Indiana Automotive, Subaru Indiana | Lafayette | United States | Subaru of Indiana Automotive | Subaru | Subaru
Esztergom | Magyar Suzuki, Suzuki Esztergom, Suzuki Hungary | Esztergom | Hungary | Magyar Suzuki | Suzuki | Suzuki
Maruti Manesar | Manesar, Maruti Suzuki Manesar | Manesar | India | Maruti Suzuki | Suzuki | Maruti Suzuki
Maruti Gurugram | Maruti Suzuki Gurgaon, Maruti Gurgaon | Gurugram | India | Maruti Suzuki | Suzuki | Maruti Suzuki
Suzuki Gujarat | Suzuki Motor Gujarat, Hansalpur | Hansalpur | India | Suzuki Motor Gujarat | Suzuki | Maruti Suzuki, Suzuki, Toyota
Mitsubishi Okazaki | Okazaki plant, Nagoya plant | Okazaki | Japan | Mitsubishi Motors | Mitsubishi Motors | Mitsubishi
Mitsubishi Laem Chabang | Laem Chabang, Mitsubishi Thailand | Laem Chabang | Thailand | Mitsubishi Motors Thailand | Mitsubishi Motors | Mitsubishi
# ---------------- JLR and other Europe
Solihull | JLR Solihull, Land Rover Solihull, Lode Lane | Solihull | United Kingdom | Jaguar Land Rover | Jaguar Land Rover | Land Rover, Range Rover
Castle Bromwich | Jaguar Castle Bromwich, JLR Castle Bromwich | Birmingham | United Kingdom | Jaguar Land Rover | Jaguar Land Rover | Jaguar
Halewood | Land Rover Halewood, JLR Halewood | Halewood | United Kingdom | Jaguar Land Rover | Jaguar Land Rover | Land Rover, Range Rover
Nitra | JLR Nitra, Jaguar Land Rover Nitra, Land Rover Nitra | Nitra | Slovakia | Jaguar Land Rover | Jaguar Land Rover | Land Rover
Maranello | Ferrari Maranello | Maranello | Italy | Ferrari | Ferrari N.V. | Ferrari
Gaydon | Aston Martin Gaydon | Gaydon | United Kingdom | Aston Martin | Aston Martin Lagonda | Aston Martin
St Athan | Aston Martin St Athan, Saint Athan | St Athan | United Kingdom | Aston Martin | Aston Martin Lagonda | Aston Martin
McLaren Woking | McLaren Production Centre, Woking | Woking | United Kingdom | McLaren Automotive | McLaren Group | McLaren
Goodwood Morgan | Morgan Malvern, Malvern Link | Malvern | United Kingdom | Morgan Motor Company | | Morgan
Togg Gemlik | Gemlik, Togg Gemlik plant, Togg Teknoloji Kampüsü | Gemlik | Turkey | Togg | Togg | Togg
Iran Khodro Tehran | Iran Khodro plant, IKCO Tehran | Tehran | Iran | Iran Khodro | Iran Khodro | Iran Khodro, Peugeot
Saipa Tehran | Saipa plant, Saipa Tehran plant | Tehran | Iran | Saipa | Saipa | Saipa
VinFast Hai Phong | VinFast Haiphong, VinFast Cat Hai, Hải Phòng plant | Hai Phong | Vietnam | VinFast | VinFast | VinFast
Tata Pune | Tata Pimpri, Tata Motors Pune, Pimpri-Chinchwad | Pune | India | Tata Motors | Tata Motors | Tata
Tata Sanand | Tata Nano plant, Tata Motors Sanand | Sanand | India | Tata Motors | Tata Motors | Tata
Mahindra Chakan | Chakan, Mahindra Chakan plant | Chakan | India | Mahindra & Mahindra | Mahindra | Mahindra
KGM Pyeongtaek | Pyeongtaek, SsangYong Pyeongtaek, KG Mobility Pyeongtaek | Pyeongtaek | South Korea | KG Mobility | KG Group | KG Mobility
# ---------------- Russia / CIS
UAZ Ulyanovsk | Ulyanovsk, Ульяновск, Ulyanovsk Automobile Plant, Ульяновский автомобильный завод | Ulyanovsk | Russia | UAZ (Sollers) | Sollers | UAZ
Kamaz Naberezhnye Chelny | Naberezhnye Chelny, Набережные Челны, KAMAZ plant, Kamaz Chelny | Naberezhnye Chelny | Russia | Kamaz | Kamaz | Kamaz
ZIL Moscow | Likhachev Plant, Zavod imeni Likhacheva, Завод имени Лихачёва, Likhachev Automobile Plant, ZIL plant | Moscow | Russia | ZIL | | ZIL
Sollers Vladivostok | Sollers Far East, Sollers Vladivostok plant | Vladivostok | Russia | Sollers | Sollers | Sollers, Mazda, Toyota
Aurus Yelabuga | Aurus plant Alabuga, Aurus Yelabuga plant | Yelabuga | Russia | Aurus | | Aurus
Derways Cherkessk | Derways, Cherkessk, Черкесск | Cherkessk | Russia | Derways | | Chery, Geely, Haval
Avtotor Kaliningrad BMW | Avtotor BMW | Kaliningrad | Russia | Avtotor | BMW Group | BMW
MAZ Minsk | Minsk Automobile Plant, МАЗ завод, Минский автомобильный завод | Minsk | Belarus | MAZ | | MAZ
BelAZ Zhodino | Zhodino, Жодино, BelAZ plant | Zhodino | Belarus | BelAZ | | BelAZ
ZAZ Zaporizhzhia | ZAZ plant, Zaporizhzhia Automobile Building Plant, Zaporozhye plant, Запорожский автомобильный завод | Zaporizhzhia | Ukraine | ZAZ | | ZAZ, Lada, Chevrolet
"""

# Site facts: name | kind | opened | closed | lat | lon | places (bare place names, which
# count only in an automotive context; they move out of the firm aliases).
FACTS = """
Kaluga | vehicle | 2010 | | 54.51 | 36.26 | Kaluga, Kalouga, Калуга
Sochaux | vehicle | 1912 | | 47.51 | 6.83 | Sochaux
Douai | vehicle | 1970 | | 50.38 | 3.08 | Douai
Wolfsburg | vehicle | 1938 | | 52.43 | 10.79 | Wolfsburg, Вольфсбург
Flins | vehicle | 1952 | | 48.97 | 1.87 | Flins, Flins-sur-Seine
"""


def facts():
    out = {}
    for line in FACTS.strip().splitlines():
        cols = [c.strip() for c in line.split("|")]
        name, kind, opened, closed, lat, lon, places = cols
        out[name] = dict(kind=kind, opened=opened, closed=closed, lat=lat, lon=lon,
                         places=split_list(places))
    return out


def build():
    plants = []
    for line in PLANTS.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("|")]
        if len(cols) != 7:
            sys.exit(f"bad plant line ({len(cols)} cols): {line}")
        name, al, city, country, operator, group, brands = cols
        plants.append(dict(name=name, aliases=dedup(split_list(al), exclude=[name]), city=city,
                           country=country, operator=operator, group=group, brands=split_list(brands)))
    return plants


def main():
    plants = build()
    site = facts()
    for p in plants:
        extra = site.get(p["name"])
        if extra:
            placed = {fold(x) for x in extra["places"]}
            p["aliases"] = [a for a in p["aliases"] if fold(a) not in placed]
            p.update(extra)
    with open(os.path.join(ROOT, "plants.toml"), "w", encoding="utf-8") as f:
        f.write("# plantscope gazetteer: vehicle assembly plants\n")
        f.write("# Generated by scripts/gen_plants.py -- edit the script, not this file.\n")
        f.write("# Facts compiled from public references (manufacturer sites, Wikipedia lists of\n")
        f.write("# automobile manufacturing plants); data licence: CC0 / MIT as part of plantscope.\n")
        f.write("# Aliases fire on their own: a bare city is an alias only when it names exactly this plant.\n")
        for p in plants:
            f.write(f"\n[[plant]]\nname = {q(p['name'])}\naliases = {qlist(p['aliases'])}\n")
            f.write(f"city = {q(p['city'])}\ncountry = {q(p['country'])}\noperator = {q(p['operator'])}\n")
            if p["group"]:
                f.write(f"group = {q(p['group'])}\n")
            f.write(f"brands = {qlist(p['brands'])}\n")
            if p.get("places"):
                f.write(f"places = {qlist(p['places'])}\n")
            if p.get("kind"):
                f.write(f"kind = {q(p['kind'])}\n")
            for key in ("opened", "closed"):
                if p.get(key):
                    f.write(f"{key} = {int(p[key])}\n")
            if p.get("lat"):
                f.write(f"lat = {float(p['lat'])}\nlon = {float(p['lon'])}\n")
    print(f"plants: {len(plants)}")


if __name__ == "__main__":
    main()
