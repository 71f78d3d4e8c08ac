#!/usr/bin/env python3
"""Generate assets/gazetteer/groups.toml and brands.toml for plantscope.

Facts (which brand belongs to which group, former names) compiled from public
references (manufacturer sites, Wikipedia lists of automobile manufacturers).
Code and data layout written for plantscope; data licence: CC0 / MIT as part of plantscope.

Line formats below:
  GROUPS: name | aliases (comma separated) | predecessors (comma separated)
  BRANDS: name | group | aliases | cased   (a non-empty `cased` column marks the brand ambiguous)
  An alias written ~Alias is an exact-case form of an otherwise unambiguous brand: it only
  fires with that case and in an article that names other automotive entities
  (Mercedes is also a first name; Mercedes-Benz is not).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from gazlib import dedup, q, qlist, split_list  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "..", "assets", "gazetteer")

GROUPS = """
Stellantis | Stellantis N.V., groupe Stellantis, Stellantis-Konzern, Стеллантис, 스텔란티스, ステランティス, 斯泰兰蒂斯 |
# Historic groups: brands name them in their dated `history` (PSA and FCA until 2021-01-16).
PSA | Groupe PSA, PSA Group, PSA Peugeot Citroën, PSA Peugeot-Citroën, PSA-Gruppe, PSA Groep, Grupo PSA, Gruppo PSA, PSA-Konzern, Peugeot S.A. |
FCA | Fiat Chrysler Automobiles, Fiat Chrysler, FCA Group, Fiat-Chrysler, groupe FCA, FCA-Konzern | Fiat Group, Fiat S.p.A., Chrysler Group
DaimlerChrysler | DaimlerChrysler AG, Daimler-Chrysler, groupe DaimlerChrysler |
Rover Group | Rover Group plc, groupe Rover | British Leyland, Austin Rover Group, Austin Rover
MG Rover Group | Phoenix Venture Holdings, MG Rover Group Ltd |
Renault Group | Groupe Renault, Renault-Gruppe, Renault Groep, Grupo Renault, Gruppo Renault, Renault S.A., Renault-Konzern |
Geely | Geely Holding, Zhejiang Geely, Geely Group, groupe Geely, Geely Holding Group, Geely Auto Group, Geely-Konzern, Geely Groep, Grupo Geely, Gruppo Geely, 吉利, 吉利控股 |
Volkswagen Group | Volkswagen AG, VW Group, Volkswagen-Konzern, VW-Konzern, groupe Volkswagen, Volkswagen Groep, Grupo Volkswagen, Gruppo Volkswagen, Volkswagen Konzern, groupe VW |
Toyota | Toyota Motor, Toyota Motor Corporation, Toyota Group, groupe Toyota, Toyota-Konzern, 丰田, トヨタ |
Hyundai Motor Group | Hyundai Group, groupe Hyundai, Hyundai-Kia, Hyundai Kia, Hyundai Motor Company, Hyundai-Konzern, Hyundai Groep, 현대자동차그룹 |
Nissan | Nissan Motor, Nissan Motor Co., groupe Nissan, Nissan-Konzern, 日産 |
AvtoVAZ | AutoVAZ, АвтоВАЗ, Avtovaz, AvtoVAZ Group, groupe AvtoVAZ |
BMW Group | BMW AG, groupe BMW, BMW-Konzern, BMW Groep, Grupo BMW, Gruppo BMW, Bayerische Motoren Werke |
Mercedes-Benz Group | Mercedes-Benz AG, groupe Mercedes-Benz, Mercedes-Benz-Konzern, Mercedes-Benz Groep, Grupo Mercedes-Benz, Gruppo Mercedes-Benz | Daimler, Daimler AG, Daimler-Benz, groupe Daimler, Daimler-Konzern
Ford | Ford Motor Company, Ford Motor, Ford-Konzern, groupe Ford |
General Motors | GM, General Motors Company, groupe General Motors, GM-Konzern, 通用汽车, ゼネラル・モーターズ, ゼネラルモーターズ, 제너럴모터스, 제너럴 모터스, Дженерал Моторс |
Tesla | Tesla Inc., Tesla Motors, Тесла |
BYD | BYD Company, BYD Auto, 比亚迪, groupe BYD, BYD-Konzern |
SAIC | SAIC Motor, Shanghai Automotive Industry Corporation, Shanghai Automotive Industry Corp, Shanghai Automotive Industry Corp., Shanghai Automotive, SAIC Motor Corporation, 上海汽车, 上汽, 上汽集团, groupe SAIC, SAIC-Konzern |
Honda | Honda Motor, Honda Motor Co., ホンダ, 本田 |
Tata Motors | Tata Motors Limited, groupe Tata Motors |
Mahindra | Mahindra & Mahindra, Mahindra and Mahindra, Mahindra Group |
Mitsubishi Motors | Mitsubishi Motors Corporation, MMC, 三菱自動車 |
Mazda | Mazda Motor, Mazda Motor Corporation, マツダ |
Subaru | Subaru Corporation, Fuji Heavy Industries |
Suzuki | Suzuki Motor, Suzuki Motor Corporation, スズキ |
Great Wall Motor | Great Wall Motors, GWM, 长城汽车, Great Wall Motor Company |
Chery | Chery Automobile, Chery Group, groupe Chery, 奇瑞 |
Changan | Changan Automobile, Chongqing Changan, Chang'an Automobile, 长安汽车 |
Dongfeng | Dongfeng Motor, Dongfeng Motor Corporation, Dongfeng Motor Group, 东风, 东风汽车 |
FAW | FAW Group, First Automobile Works, China FAW, 一汽, 中国一汽 |
GAC | GAC Group, Guangzhou Automobile Group, GAC Motor, 广汽 |
BAIC | BAIC Group, Beijing Automotive Group, BAIC Motor, 北汽 |
Jaguar Land Rover | JLR, Jaguar Land Rover Automotive, JLR Ltd | 
GAZ Group | Gruppa GAZ, Группа ГАЗ, GAZ-Gruppe, groupe GAZ |
Sollers | Sollers JSC, Соллерс, Sollers Auto | Severstal-Avto
Kamaz | KAMAZ PJSC, ПАО КАМАЗ |
Isuzu | Isuzu Motors, いすゞ |
VinFast | VinFast Auto, Vingroup |
DRB-Hicom | DRB Hicom |
Togg | Türkiye'nin Otomobili Girişim Grubu |
Iran Khodro | IKCO, Iran Khodro Company, ایران خودرو |
Saipa | SAIPA Group, سایپا |
Volvo Group | AB Volvo, groupe Volvo, Volvo-Konzern, Volvo Groep |
Daimler Truck | Daimler Truck AG, Daimler Trucks |
Traton | Traton Group, Traton SE |
PACCAR | PACCAR Inc |
Iveco Group | groupe Iveco |
NIO | NIO Inc., 蔚来 |
XPeng | XPeng Motors, Xiaopeng Motors, 小鹏汽车 |
Li Auto | Li Auto Inc., 理想汽车 |
Seres | Seres Group, 赛力斯, Chongqing Sokon | Sokon
Leapmotor | Zhejiang Leapmotor, 零跑汽车 |
JAC | JAC Motors, Jianghuai Automobile, Anhui Jianghuai, 江淮汽车 |
Aston Martin Lagonda | Aston Martin Lagonda Global Holdings |
Ferrari N.V. | Ferrari S.p.A. |
McLaren Group | McLaren Automotive |
Moskvitch | АЗЛК, AZLK |
UzAuto Motors | UzAuto | GM Uzbekistan
KG Group | KG Mobility Corporation | SsangYong Motor Company
Zhejiang Hozon | Hozon Auto, Hozon New Energy |
Xiaomi | Xiaomi Auto, Xiaomi EV, 小米汽车 |
Rivian | Rivian Automotive |
Lucid Group | Lucid Motors |
"""

BRANDS = """
# --- Stellantis
Peugeot | Stellantis | Peugeots, Пежо, 标致 |
Citroën | Stellantis | Citroëns, Ситроен, 雪铁龙 |
Opel | Stellantis | Opels, Опель |
Vauxhall | Stellantis | Vauxhalls |
Fiat | Stellantis | Fiats, Фиат, 菲亚特 |
Abarth | Stellantis | |
Alfa Romeo | Stellantis | Alfa Romeos, Альфа Ромео |
Lancia | Stellantis | | Lancia, LANCIA
Maserati | Stellantis | Maseratis |
DS Automobiles | Stellantis | DS Automobile | DS
Chrysler | Stellantis | Крайслер |
Dodge | Stellantis | | Dodge, DODGE
Jeep | Stellantis | Jeeps | Jeep, JEEP
Ram | Stellantis | Ram Trucks, Ram Truck | RAM, Ram
Leapmotor | Leapmotor | Leapmotor International, 零跑 |
Plymouth | Stellantis | | Plymouth
# --- Renault Group
Renault | Renault Group | Renaults, Рено, 雷诺, Renault Korea Motors, Renault Korea, 르노, 르노코리아, ~RKM |
Dacia | Renault Group | Dacias, Дачия |
Alpine | Renault Group | Alpine Cars | Alpine
Mobilize | Renault Group | | Mobilize
# --- Geely
Geely | Geely | Geely Auto, Джили, 吉利汽车 |
Volvo | Geely | Volvo Cars, Volvos, Вольво, 沃尔沃 |
Polestar | Geely | Polestars |
Lynk & Co | Geely | Lynk and Co, Lynk&Co, 领克 |
Zeekr | Geely | 极氪 |
Lotus | Geely | Lotus Cars | Lotus
LEVC | Geely | London EV Company, London Electric Vehicle Company |
Smart | Geely | smart Automobile, Smart Automobile | Smart
Geometry | Geely | Geometry Auto | Geometry
Livan | Geely | | Livan
Belgee | Geely | Белджи |
Proton | DRB-Hicom | Proton Holdings | Proton, PROTON
Radar | Geely | Radar Auto | Radar
# --- Volkswagen Group
Volkswagen | Volkswagen Group | VW, Volkswagens, VWs, Volkwagen, Фольксваген, 大众, Volkswagen Nutzfahrzeuge, Volkswagen Commercial Vehicles, VW Nutzfahrzeuge |
Audi | Volkswagen Group | Audis, Ауди, 奥迪 |
Škoda | Volkswagen Group | Škodas, Škoda Auto, Шкода |
SEAT | Volkswagen Group | | SEAT, Seat
Cupra | Volkswagen Group | Cupras |
Porsche | Volkswagen Group | Porsches, Порше |
Bentley | Volkswagen Group | Bentleys | Bentley
Lamborghini | Volkswagen Group | Lamborghinis, Automobili Lamborghini |
Jetta | Volkswagen Group | | Jetta
Scout Motors | Volkswagen Group | |
MAN | Traton | MAN Truck & Bus, MAN Trucks | MAN
Scania | Traton | |
# --- Toyota
Toyota | Toyota | Toyotas, Тойота, 丰田汽车, 토요타 |
Lexus | Toyota | Лексус, 雷克萨斯 |
Daihatsu | Toyota | |
Hino | Toyota | Hino Motors |
Scion | Toyota | | Scion
# --- Hyundai Motor Group
Hyundai | Hyundai Motor Group | Hyundais, Хендай, Хёндэ, Hyundai Motor, 현대, 현대자동차, 现代 |
Kia | Hyundai Motor Group | Kias, Kia Motors, Киа, 기아 |
Genesis | Hyundai Motor Group | Genesis Motor | Genesis, GENESIS
# --- Nissan
Nissan | Nissan | Nissans, Ниссан, 日产 |
Infiniti | Nissan | Инфинити |
Datsun | Nissan | Датсун, ダットサン |
# --- AvtoVAZ / Russia & CIS
Lada | AvtoVAZ | Ladas, Лада, VAZ, ВАЗ, Zhiguli, Jigouli, Schiguli, Жигули | Lada, LADA, Лада, ЛАДА
UAZ | Sollers | УАЗ |
GAZ | GAZ Group | ГАЗ | GAZ
ZIL | | ЗИЛ, ZiL | ZIL, ZiL
Kamaz | Kamaz | КамАЗ, KAMAZ |
Moskvitch | Moskvitch | Moskvich, Moskwitsch, Москвич, Moskwitch, Moskovitch, Moskvič, Moscvich, Moskwicz |
Aurus | | Аурус |
Sollers | Sollers | Соллерс |
ZAZ | | ЗАЗ, Zaporozhets, Запорожец |
MAZ | | МАЗ |
BelAZ | | БелАЗ |
Evolute | | Эволют | Evolute, EVOLUTE
Ravon | UzAuto Motors | |
Tenet | Chery | Тенет | Tenet
# --- BMW Group
BMW | BMW Group | BMWs, БМВ, 宝马 |
Mini | BMW Group | MINIs | MINI, Mini
Rolls-Royce | BMW Group | Rolls-Royce Motor Cars, Rolls Royces |
Alpina | BMW Group | BMW Alpina | Alpina, ALPINA
# --- Mercedes-Benz Group
Mercedes-Benz | Mercedes-Benz Group | ~Mercedes, Мерседес, Мерседес-Бенц, 奔驰, 梅赛德斯-奔驰, Mercedes-Benz Vans, Mercedes Vans |
Mercedes-AMG | Mercedes-Benz Group | AMG |
Mercedes-Maybach | Mercedes-Benz Group | Maybach |
# --- Ford
Ford | Ford | Fords, Форд, 福特 | Ford
Lincoln | Ford | | Lincoln
Mercury | Ford | | Mercury
# --- General Motors
Chevrolet | General Motors | Chevy, Chevrolets, Шевроле, 雪佛兰 |
Cadillac | General Motors | Cadillacs, 凯迪拉克 |
Buick | General Motors | Buicks, 别克 |
GMC | General Motors | GMC Trucks |
Holden | General Motors | | Holden
Pontiac | General Motors | | Pontiac
Saturn | General Motors | | Saturn
Oldsmobile | General Motors | |
Hummer | General Motors | | Hummer
Daewoo | General Motors | GM Daewoo, Дэу |
# --- Tesla
Tesla | Tesla | Teslas, Тесла, 特斯拉 | Tesla, TESLA
# --- BYD
BYD | BYD | BYD Auto, Build Your Dreams, 比亚迪 |
Denza | BYD | 腾势 |
Yangwang | BYD | 仰望 |
Fangchengbao | BYD | Fang Cheng Bao, 方程豹 |
# --- SAIC
MG | SAIC | MG Motor, Morris Garages, 名爵 | MG
Roewe | SAIC | 荣威 |
Maxus | SAIC | LDV, 上汽大通 |
IM Motors | SAIC | Zhiji, Zhiji Auto, 智己 |
Wuling | SAIC | SGMW, SAIC-GM-Wuling, 五菱 |
Baojun | SAIC | 宝骏 |
# --- Honda
Honda | Honda | Hondas, Хонда, 本田汽车, 혼다 | Honda, HONDA
Acura | Honda | |
# --- Tata / JLR / Mahindra / India
Tata | Tata Motors | | Tata, TATA
Jaguar | Jaguar Land Rover | Jaguars | Jaguar, JAGUAR
Land Rover | Jaguar Land Rover | Land Rovers, Ленд Ровер |
Range Rover | Jaguar Land Rover | Range Rovers |
Mahindra | Mahindra | |
Maruti Suzuki | Suzuki | Maruti |
Force Motors | | |
Ashok Leyland | | |
Hindustan Motors | | |
# --- Japan
Mitsubishi | Mitsubishi Motors | Мицубиси, Mitsubishi Motors | Mitsubishi, MITSUBISHI
Mazda | Mazda | Мазда, 马自达 |
Subaru | Subaru | Субару |
Suzuki | Suzuki | Сузуки | Suzuki, SUZUKI
Isuzu | Isuzu | Исузу |
Mitsuoka | | |
# --- Great Wall Motor
Great Wall | Great Wall Motor | 长城 | Great Wall, GWM
Haval | Great Wall Motor | Хавейл, Хавал, 哈弗 |
Wey | Great Wall Motor | |
Ora | Great Wall Motor | GWM Ora, 欧拉 | ORA, Ora
Tank | Great Wall Motor | | TANK
# --- Chery
Chery | Chery | Чери, Cherys |
Omoda | Chery | Омода |
Jaecoo | Chery | Джейку |
Exeed | Chery | Эксид, 星途 |
Jetour | Chery | Джетур |
iCaur | Chery | |
# --- Changan
Changan | Changan | Chang'an, Чанган |
Deepal | Changan | 深蓝 |
Avatr | Changan | 阿维塔 |
# --- Dongfeng
Dongfeng | Dongfeng | Dongfeng Motor, Донгфенг |
Voyah | Dongfeng | 岚图 |
Forthing | Dongfeng | Dongfeng Forthing |
Venucia | Dongfeng | 启辰 |
# --- FAW
Hongqi | FAW | Хунци, 红旗, Hong Qi |
Bestune | FAW | 奔腾 |
FAW | FAW | FAW Jiefang |
# --- GAC
GAC | GAC | Trumpchi, GAC Trumpchi, 传祺 |
Aion | GAC | GAC Aion, 埃安 |
Hyptec | GAC | |
# --- BAIC
BAIC | BAIC | Beijing Auto, BAIC Motor |
Arcfox | BAIC | 极狐 |
# --- other China
NIO | NIO | | NIO, Nio
Onvo | NIO | | ONVO, Onvo
XPeng | XPeng | Xpeng, Xiaopeng |
Li Auto | Li Auto | Lixiang | Li Auto
Aiways | | |
Seres | Seres | SF Motors | Seres, SERES
Aito | Seres | 问界 | AITO, Aito
Neta | Zhejiang Hozon | Hozon | NETA, Neta
Xiaomi | Xiaomi | |
JAC | JAC | JAC Motors, Sehol |
Foton | | Foton Motor | Foton, FOTON
Brilliance | | Brilliance Auto, Brilliance China | Brilliance
Haima | | |
Skywell | | |
Zotye | | |
Yutong | | |
# --- Korea
KG Mobility | KG Group | KGM, SsangYong, Ssangyong Motor, 쌍용 |
# --- South-East Asia, Turkey, Iran
VinFast | VinFast | |
Perodua | | |
Togg | Togg | |
Iran Khodro | Iran Khodro | IKCO, ایران خودرو |
Saipa | Saipa | سایپا |
# --- USA others
Rivian | Rivian | |
Lucid | Lucid Group | Lucid Motors | Lucid
Fisker | | Fisker Inc. | Fisker
# --- Europe others
Aston Martin | Aston Martin Lagonda | Aston Martins |
McLaren | McLaren Group | |
Ferrari | Ferrari N.V. | Ferraris, Феррари | Ferrari, FERRARI
Bugatti | | Bugatti Rimac |
Rimac | | |
Koenigsegg | | |
Pagani | | | Pagani
Morgan | | Morgan Motor Company | Morgan
Caterham | | |
Saab | | Saab Automobile |
Rover | | | Rover
Tatra | | | Tatra, TATRA
Zastava | | |
Trabant | | | Trabant, Trabi
Wartburg | | | Wartburg
Jawa | | | Jawa, JAWA
Spyker | | |
Donkervoort | | |
Aixam | | |
Microlino | | |
DR Automobiles | | DR Motor |
Iveco | Iveco Group | Iveco Trucks, IVECO |
# ---- historic and regional brands (Wikipedia lists of car and truck manufacturers)
MG Rover | MG Rover Group | MG-Rover |
Tofaş | Stellantis | Tofas, Tofaş Fiat |
Renault Samsung | Renault Group | Renault Samsung Motors, Renault-Samsung, Samsung Motors, 르노삼성, 르노삼성자동차 | RSM
Simca | PSA | Simcas |
Talbot | PSA | | Talbot
Sunbeam | | | Sunbeam
Hillman | | | Hillman
Humber | | | Humber
Singer Motors | | | Singer
Triumph | BMW Group | Triumph Motor Company | Triumph
Austin | Rover Group | Austin Motor Company | Austin
Morris | Rover Group | Morris Motors | Morris
Riley | BMW Group | | Riley
Wolseley | | Wolseley Motors |
Austin-Healey | | Austin Healey |
Jensen | | Jensen Motors | Jensen
TVR | | |
Reliant | | Reliant Motor Company | Reliant
Lagonda | Aston Martin Lagonda | |
Bedford | General Motors | Bedford Vehicles | Bedford
Leyland | PACCAR | Leyland Trucks, Leyland Motors | Leyland
Foden | PACCAR | Foden Trucks |
ERF | | | ERF
AEC | | | AEC
Matra | | Matra Automobiles |
Panhard | | Panhard et Levassor |
Facel Vega | | Facel-Vega |
Venturi | | | Venturi
Ligier | | Ligier Automobiles |
Microcar | | | Microcar
Hotchkiss | | | Hotchkiss
Delahaye | | |
Delage | | |
NSU | Volkswagen Group | NSU Motorenwerke |
DKW | Volkswagen Group | |
Auto Union | Volkswagen Group | |
Horch | Volkswagen Group | | Horch
Borgward | | Borgward Group |
Goggomobil | | Glas Goggomobil |
Barkas | | |
Multicar | | |
Robur | | | Robur
IFA | | | IFA
Artega | | |
Wiesmann | | |
Melkus | | |
Sono Motors | | |
StreetScooter | | Streetscooter |
Magirus | Iveco Group | Magirus-Deutz, Magirus Deutz |
Setra | Daimler Truck | |
Neoplan | Traton | | Neoplan
Innocenti | | | Innocenti
Autobianchi | FCA | |
De Tomaso | | DeTomaso |
Bizzarrini | | |
Cisitalia | | |
Piaggio | | Piaggio Veicoli Commerciali |
Automobili Pininfarina | | | Pininfarina
Pegaso | | | Pegaso
Santana Motor | | Santana Motors | Santana
Hispano-Suiza | | Hispano Suiza |
Ebro | | Ebro Motor, EBRO | Ebro
Lightyear | | | Lightyear
NEVS | | National Electric Vehicle Sweden |
Van Hool | | |
VDL | | VDL Bus |
Yugo | | Zastava Yugo |
ARO | | | ARO
Oltcit | | |
FSO | | Fabryka Samochodów Osobowych |
Polski Fiat | | |
FSM | | Fabryka Samochodów Małolitrażowych |
Jelcz | | | Jelcz
Autosan | | |
Solaris | | Solaris Bus | Solaris
Ikarus | | | Ikarus
Avia | | | Avia
Karosa | | |
Velorex | | |
Izh | AvtoVAZ | Иж | IZh
Volga | GAZ Group | ГАЗ Волга | Volga
PAZ | GAZ Group | Павловский автобус | PAZ
LiAZ | GAZ Group | ЛиАЗ |
KrAZ | | КрАЗ |
LuAZ | | ЛуАЗ |
Bogdan | | Богдан | Bogdan
ErAZ | | ЕрАЗ |
Ural | | Ural Automotive Plant, Уралаз | Ural
TagAZ | | ТагАЗ |
Derways | | |
Marussia | | | Marussia
Anadol | | |
BMC | | BMC Otomotiv | BMC
Temsa | | |
Prince Motor | Nissan | | Prince
UD Trucks | Isuzu | Nissan Diesel, UD |
Eunos | Mazda | |
Premier | | Premier Automobiles | Premier
Reva | Mahindra | Mahindra Reva | REVA
Eicher | | Eicher Motors |
Bajaj | | Bajaj Auto |
BharatBenz | Daimler Truck | Bharat Benz |
Ola Electric | | |
JMC | | Jiangling, Jiangling Motors, 江铃 | JMC
Jinbei | | |
Landwind | | 陆风 |
Soueast | | South East Motor, 东南汽车 |
Kaiyi | Chery | Cowin, Kaiyi Auto |
Karry | Chery | | Karry
Lifan | | 力帆 |
Qoros | | 观致 |
Luxgen | | 纳智捷 |
Hawtai | | 华泰 |
Dorcen | | |
Hycan | GAC | 合创 |
HiPhi | | Human Horizons, 高合 |
WM Motor | | Weltmeister, 威马 |
Sinotruk | | HOWO, 中国重汽 |
Shacman | | Shaanxi Automobile, 陕汽 |
King Long | | 金龙 |
Higer | | 海格 |
Jiefang | FAW | 解放 |
Luxeed | | 智界 |
Jiyue | Geely | Ji Yue, 极越 |
AMC | | American Motors, American Motors Corporation | AMC
Nash | | Nash Motors | Nash
Hudson | | Hudson Motor Car Company | Hudson
Studebaker | | |
Packard | | | Packard
Rambler | | | Rambler
DeSoto | Stellantis | De Soto | DeSoto
Eagle | Stellantis | | Eagle
Geo | General Motors | | Geo
Imperial | Stellantis | | Imperial
Willys | | Willys-Overland |
Kaiser | | Kaiser Motors | Kaiser
Tucker | | | Tucker
Edsel | Ford | | Edsel
Karma | | Karma Automotive | Karma
Canoo | | |
Nikola | | Nikola Motor | Nikola
Faraday Future | | Faraday |
Lordstown Motors | | |
Workhorse | | | Workhorse
Navistar | Traton | International Trucks |
Western Star | Daimler Truck | Western Star Trucks |
Gurgel | | |
Troller | Ford | |
Agrale | | |
DINA | | | DINA
Mastretta | | |
Inokom | | |
Pars Khodro | Saipa | |
Foxtron | | |
HSV | General Motors | Holden Special Vehicles | HSV

Renault Trucks | Volvo Group | |
Volvo Trucks | Volvo Group | |
Mack | Volvo Group | Mack Trucks | Mack
DAF | PACCAR | DAF Trucks |
Kenworth | PACCAR | |
Peterbilt | PACCAR | |
Freightliner | Daimler Truck | |
Fuso | Daimler Truck | Mitsubishi Fuso |
Mercedes-Benz Trucks | Daimler Truck | |
Karsan | | |
Otokar | | |
"""


# Group names that are other things too (PSA: a public service announcement, a blood test;
# FCA: the UK's Financial Conduct Authority): exact case only, and only in a car context.
GROUP_CASED = {"PSA": ["PSA"], "FCA": ["FCA"]}


# The Polish and Czech word for group in every case, capitalised as in a firm's name and not.
GROUP_WORDS_DECLINED = ["Grupa", "Grupy", "Grupie", "Grupę", "Grupą", "grupa", "grupy", "grupie",
                        "grupę", "grupą", "skupina", "skupiny", "skupině", "skupinu", "skupinou",
                        "Skupina", "Skupiny", "Skupině", "Skupinu", "Skupinou"]


def build_groups():
    groups = []
    for line in GROUPS.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        while len(parts) < 3:
            parts.append("")
        name, al, pred = parts[:3]
        aliases = split_list(al)
        # Polish and Czech decline the word for group before a name that is not ("z Grupą PSA",
        # "skupiny PSA"): where the Spanish "Grupo X" is listed, their case forms are too.
        for a in list(aliases):
            if a.startswith("Grupo "):
                x = a[len("Grupo "):]
                aliases += [f"{w} {x}" for w in GROUP_WORDS_DECLINED]
        aliases = dedup(aliases, exclude=[name])
        preds = dedup(split_list(pred), exclude=[name] + aliases)
        groups.append((name, aliases, preds))
    return groups


# Japanese, Chinese and Korean names of brands (matched inside longer words, so no name that
# is an ordinary word: not 理想 "ideal", 深蓝 "deep blue", 坦克 "tank", 小米 "millet").
BRAND_CJK = {
    "Toyota": "トヨタ, 丰田, 豐田, 도요타", "Lexus": "レクサス, 雷克萨斯, 凌志, 렉서스",
    "Nissan": "日産, 日产汽车, 닛산", "Honda": "ホンダ, 本田技研, 혼다", "Mazda": "マツダ, 马自达, 마쓰다",
    "Subaru": "スバル, 斯巴鲁, 스바루", "Suzuki": "スズキ, 铃木汽车, 스즈키", "Mitsubishi": "三菱自動車, 三菱汽车, 미쓰비시",
    "Hino": "日野自動車, 日野", "Daihatsu": "ダイハツ, 大发汽车", "Isuzu": "いすゞ, 五十铃, 이스즈",
    "Hyundai": "현대자동차, 现代汽车, 現代自動車", "Kia": "기아, 起亚, 起亞", "Genesis": "제네시스, 捷尼赛思",
    "BMW": "宝马, 寶馬", "Volkswagen": "大众汽车, 福斯汽車, フォルクスワーゲン, 폭스바겐", "Audi": "奥迪, 奧迪, アウディ, 아우디",
    "Porsche": "保时捷, 保時捷, ポルシェ, 포르쉐", "Ford": "フォード, 포드", "Tesla": "テスラ, 特斯拉, 테슬라",
    "BYD": "比亚迪汽车, 比亞迪", "Chery": "奇瑞汽车", "Great Wall": "长城汽车, 長城汽車", "Haval": "哈弗",
    "Changan": "长安汽车, 長安汽車", "Hongqi": "红旗汽车, 紅旗", "NIO": "蔚来, 蔚來", "XPeng": "小鹏汽车, 小鵬",
    "Li Auto": "理想汽车", "Xiaomi": "小米汽车", "Zeekr": "极氪, 極氪", "Buick": "别克, 別克", "Chevrolet": "雪佛兰, 雪佛蘭, 쉐보레",
    "Cadillac": "凯迪拉克, 凱迪拉克, 캐딜락", "Jeep": "吉普", "Land Rover": "路虎", "Jaguar": "捷豹",
    "Škoda": "斯柯达", "Wuling": "五菱", "Baojun": "宝骏", "Roewe": "荣威", "Aito": "问界, 問界",
    "Leapmotor": "零跑", "Neta": "哪吒汽车", "Denza": "腾势", "Aion": "埃安", "Seres": "赛力斯", "Avatr": "阿维塔",
    "Voyah": "岚图", "IM Motors": "智己", "Jetour": "捷途", "Exeed": "星途", "Geely": "吉利汽车",
    "Datsun": "ダットサン", "Infiniti": "英菲尼迪, インフィニティ", "Acura": "讴歌, アキュラ",
    "Mercedes-Benz": "メルセデス・ベンツ, 벤츠", "Renault Samsung": "르노삼성", "KG Mobility": "쌍용자동차, KG모빌리티",
}


def build_brands():
    brands = []
    for line in BRANDS.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        while len(parts) < 4:
            parts.append("")
        name, group, al, cased = parts[:4]
        cased_l = split_list(cased)
        raw_aliases = split_list(al) + split_list(BRAND_CJK.get(name, ""))
        context_forms = [a[1:] for a in raw_aliases if a.startswith("~")]
        aliases = dedup([a for a in raw_aliases if not a.startswith("~")], exclude=[name])
        ambiguous = bool(cased_l)
        if cased_l:
            # ambiguous brand: its other (unambiguous) spellings may fire too, exact case
            for a in aliases:
                if a not in cased_l:
                    cased_l.append(a)
        cased_l += [a for a in context_forms if a not in cased_l]
        brands.append((name, group, aliases, cased_l, ambiguous))
    return brands


# Dated group membership (public record: Wikipedia articles on each brand and group).
# brand | group from..until ; group from..until ; ...   (dates YYYY[-MM[-DD]], until exclusive,
# an open end left empty). The current `group` column above stays the owner of today.
HISTORY = """
Peugeot | PSA 1976-05-01..2021-01-16 ; Stellantis 2021-01-16..
Citroën | PSA 1976-05-01..2021-01-16 ; Stellantis 2021-01-16..
DS Automobiles | PSA 2014-06-01..2021-01-16 ; Stellantis 2021-01-16..
Opel | General Motors 1929-03-01..2017-08-01 ; PSA 2017-08-01..2021-01-16 ; Stellantis 2021-01-16..
Vauxhall | General Motors 1925-11-01..2017-08-01 ; PSA 2017-08-01..2021-01-16 ; Stellantis 2021-01-16..
Fiat | FCA ..2021-01-16 ; Stellantis 2021-01-16..
Abarth | FCA 1971..2021-01-16 ; Stellantis 2021-01-16..
Alfa Romeo | FCA 1986..2021-01-16 ; Stellantis 2021-01-16..
Lancia | FCA 1969..2021-01-16 ; Stellantis 2021-01-16..
Maserati | FCA 1993..2021-01-16 ; Stellantis 2021-01-16..
Chrysler | DaimlerChrysler 1998-11-17..2007-08-03 ; FCA 2009-06-10..2021-01-16 ; Stellantis 2021-01-16..
Dodge | DaimlerChrysler 1998-11-17..2007-08-03 ; FCA 2009-06-10..2021-01-16 ; Stellantis 2021-01-16..
Jeep | DaimlerChrysler 1998-11-17..2007-08-03 ; FCA 2009-06-10..2021-01-16 ; Stellantis 2021-01-16..
Ram | FCA 2010..2021-01-16 ; Stellantis 2021-01-16..
Mercedes-Benz | DaimlerChrysler 1998-11-17..2007-10-04 ; Mercedes-Benz Group 2007-10-04..
Smart | DaimlerChrysler 1998-11-17..2007-10-04 ; Mercedes-Benz Group 2007-10-04..2020-01-08 ; Geely 2020-01-08..
Volvo | Ford 1999-03-28..2010-08-02 ; Geely 2010-08-02..
Jaguar | Ford 1989-12-01..2008-06-02 ; Jaguar Land Rover 2008-06-02..
Land Rover | Rover Group 1988..1994-03-18 ; BMW Group 1994-03-18..2000-06-30 ; Ford 2000-06-30..2008-06-02 ; Jaguar Land Rover 2008-06-02..
Range Rover | Rover Group 1988..1994-03-18 ; BMW Group 1994-03-18..2000-06-30 ; Ford 2000-06-30..2008-06-02 ; Jaguar Land Rover 2008-06-02..
Aston Martin | Ford 1987..2007-03-12
Saab | General Motors 1990..2010-02-23
Rover | Rover Group 1986..1994-03-18 ; BMW Group 1994-03-18..2000-05-09 ; MG Rover Group 2000-05-09..2005-04-15
Mini | Rover Group 1986..1994-03-18 ; BMW Group 1994-03-18..
Daewoo | General Motors 2002-10-17..2011-03-01
Hummer | General Motors 1998..2010
Lamborghini | Volkswagen Group 1998-07-24..
"""


def build_history(gnames):
    """brand -> list of (group, from, until) from HISTORY."""
    out = {}
    for line in HISTORY.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        brand, spans = [p.strip() for p in line.split("|")]
        out[brand] = []
        for span in spans.split(";"):
            group, _, dates = span.strip().rpartition(" ")
            start, _, end = dates.partition("..")
            if group not in gnames:
                sys.exit(f"history of {brand!r}: unknown group {group!r}")
            out[brand].append((group, start, end))
    return out


def history_toml(spans):
    items = []
    for group, start, end in spans:
        fields = [f"group = {q(group)}"]
        if start:
            fields.append(f"from = {q(start)}")
        if end:
            fields.append(f"until = {q(end)}")
        items.append("{ " + ", ".join(fields) + " }")
    return "[" + ", ".join(items) + "]"


HEADER = """# plantscope gazetteer: {kind}
# Generated by scripts/gen_brands.py -- edit the script, not this file.
# Facts compiled from public references (manufacturer sites, Wikipedia lists of
# automobile manufacturers and their parent groups); data licence: CC0 / MIT as part of plantscope.
"""


def main():
    groups = build_groups()
    gnames = {g[0] for g in groups}
    with open(os.path.join(ROOT, "groups.toml"), "w", encoding="utf-8") as f:
        f.write(HEADER.format(kind="automotive groups"))
        f.write("# `predecessors` are former names / merged companies that now resolve to the group.\n")
        for name, aliases, preds in groups:
            f.write(f"\n[[group]]\nname = {q(name)}\naliases = {qlist(aliases)}\n")
            if preds:
                f.write(f"predecessors = {qlist(preds)}\n")
            if name in GROUP_CASED:
                f.write(f"cased = {qlist(GROUP_CASED[name])}\n")
    brands = build_brands()
    history = build_history(gnames)
    unknown = set(history) - {b[0] for b in brands}
    if unknown:
        sys.exit(f"history for unknown brands: {sorted(unknown)}")
    with open(os.path.join(ROOT, "brands.toml"), "w", encoding="utf-8") as f:
        f.write(HEADER.format(kind="vehicle brands (makes)"))
        f.write("# ambiguous = true brands only fire through their exact-case `cased` forms (plus context rules).\n")
        for name, group, aliases, cased, ambiguous in brands:
            if group and group not in gnames:
                sys.exit(f"unknown group {group!r} for brand {name!r}")
            f.write(f"\n[[brand]]\nname = {q(name)}\naliases = {qlist(aliases)}\n")
            if group:
                f.write(f"group = {q(group)}\n")
            if ambiguous:
                f.write("ambiguous = true\n")
            if cased:
                f.write(f"cased = {qlist(cased)}\n")
            if name in history:
                f.write(f"history = {history_toml(history[name])}\n")
    print(f"groups: {len(groups)}  brands: {len(brands)}")


if __name__ == "__main__":
    main()
