"""The closed vocabularies of actor data: ISO 3166 alpha-3 codes, extra codes, sectors and kinds."""

from __future__ import annotations

# ISO 3166-1 alpha-3, officially assigned codes.
ISO_ALPHA3 = frozenset(
    """
    ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR
    BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG
    COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH
    FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY
    HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM
    KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL
    MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR
    NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU
    SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA
    TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB
    VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
    """.split()
)

# Codes Parley adds for actors that belong to no single state.
EXTRA_CODES = {
    "EUR": "bodies of the European Union (Commission, Council, Parliament, EEAS)",
    "IGO": "other international organisations (UN, NATO, IAEA, OSCE, G7) and their officials",
    "XKX": "Kosovo (user-assigned code in common use)",
}

COUNTRY_CODES = ISO_ALPHA3 | frozenset(EXTRA_CODES)

SECTORS = {
    "GOV": "government and executive: heads of state and government, ministers, their offices",
    "MIL": "armed forces and defence officials in uniform",
    "DIP": "diplomats: envoys, ambassadors, negotiators, foreign-ministry spokespeople",
    "LEG": "legislators and parliaments",
    "MED": "media: outlets, journalists, commentators",
    "IGO": "international organisations and their officials",
    "OPP": "opposition politicians, dissidents, exiles",
    "BUS": "business people and companies",
    "CVL": "civil society: NGOs, academics, activists, ombudspeople",
    "REL": "religious leaders and institutions",
    "JUD": "judges, courts and prosecutors",
    "SPY": "intelligence and security services",
}

KINDS = ("person", "country", "organisation", "group")
GENDERS = ("m", "f", "n")
