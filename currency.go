package payske

// Currency is a three-letter ISO 4217 currency code in lowercase, as Payske
// sends and accepts it ("usd", "eur").
type Currency string

// The ISO 4217 currency codes in circulation, fund codes included.
const (
	// CurrencyAED is the UAE dirham.
	CurrencyAED Currency = "aed"
	// CurrencyAFN is the Afghan afghani.
	CurrencyAFN Currency = "afn"
	// CurrencyALL is the Albanian lek.
	CurrencyALL Currency = "all"
	// CurrencyAMD is the Armenian dram.
	CurrencyAMD Currency = "amd"
	// CurrencyAOA is the Angolan kwanza.
	CurrencyAOA Currency = "aoa"
	// CurrencyARS is the Argentine peso.
	CurrencyARS Currency = "ars"
	// CurrencyAUD is the Australian dollar.
	CurrencyAUD Currency = "aud"
	// CurrencyAWG is the Aruban florin.
	CurrencyAWG Currency = "awg"
	// CurrencyAZN is the Azerbaijani manat.
	CurrencyAZN Currency = "azn"
	// CurrencyBAM is the Bosnia and Herzegovina convertible mark.
	CurrencyBAM Currency = "bam"
	// CurrencyBBD is the Barbados dollar.
	CurrencyBBD Currency = "bbd"
	// CurrencyBDT is the Bangladeshi taka.
	CurrencyBDT Currency = "bdt"
	// CurrencyBGN is the Bulgarian lev.
	CurrencyBGN Currency = "bgn"
	// CurrencyBHD is the Bahraini dinar.
	CurrencyBHD Currency = "bhd"
	// CurrencyBIF is the Burundian franc.
	CurrencyBIF Currency = "bif"
	// CurrencyBMD is the Bermudian dollar.
	CurrencyBMD Currency = "bmd"
	// CurrencyBND is the Brunei dollar.
	CurrencyBND Currency = "bnd"
	// CurrencyBOB is the Bolivian boliviano.
	CurrencyBOB Currency = "bob"
	// CurrencyBOV is the Bolivian Mvdol (funds code).
	CurrencyBOV Currency = "bov"
	// CurrencyBRL is the Brazilian real.
	CurrencyBRL Currency = "brl"
	// CurrencyBSD is the Bahamian dollar.
	CurrencyBSD Currency = "bsd"
	// CurrencyBTN is the Bhutanese ngultrum.
	CurrencyBTN Currency = "btn"
	// CurrencyBWP is the Botswana pula.
	CurrencyBWP Currency = "bwp"
	// CurrencyBYN is the Belarusian ruble.
	CurrencyBYN Currency = "byn"
	// CurrencyBZD is the Belize dollar.
	CurrencyBZD Currency = "bzd"
	// CurrencyCAD is the Canadian dollar.
	CurrencyCAD Currency = "cad"
	// CurrencyCDF is the Congolese franc.
	CurrencyCDF Currency = "cdf"
	// CurrencyCHE is the WIR euro (complementary currency).
	CurrencyCHE Currency = "che"
	// CurrencyCHF is the Swiss franc.
	CurrencyCHF Currency = "chf"
	// CurrencyCHW is the WIR franc (complementary currency).
	CurrencyCHW Currency = "chw"
	// CurrencyCLF is the Chilean unidad de fomento (funds code).
	CurrencyCLF Currency = "clf"
	// CurrencyCLP is the Chilean peso.
	CurrencyCLP Currency = "clp"
	// CurrencyCNY is the Chinese yuan renminbi.
	CurrencyCNY Currency = "cny"
	// CurrencyCOP is the Colombian peso.
	CurrencyCOP Currency = "cop"
	// CurrencyCOU is the Colombian unidad de valor real (funds code).
	CurrencyCOU Currency = "cou"
	// CurrencyCRC is the Costa Rican colon.
	CurrencyCRC Currency = "crc"
	// CurrencyCUP is the Cuban peso.
	CurrencyCUP Currency = "cup"
	// CurrencyCVE is the Cape Verdean escudo.
	CurrencyCVE Currency = "cve"
	// CurrencyCZK is the Czech koruna.
	CurrencyCZK Currency = "czk"
	// CurrencyDJF is the Djiboutian franc.
	CurrencyDJF Currency = "djf"
	// CurrencyDKK is the Danish krone.
	CurrencyDKK Currency = "dkk"
	// CurrencyDOP is the Dominican peso.
	CurrencyDOP Currency = "dop"
	// CurrencyDZD is the Algerian dinar.
	CurrencyDZD Currency = "dzd"
	// CurrencyEGP is the Egyptian pound.
	CurrencyEGP Currency = "egp"
	// CurrencyERN is the Eritrean nakfa.
	CurrencyERN Currency = "ern"
	// CurrencyETB is the Ethiopian birr.
	CurrencyETB Currency = "etb"
	// CurrencyEUR is the euro.
	CurrencyEUR Currency = "eur"
	// CurrencyFJD is the Fiji dollar.
	CurrencyFJD Currency = "fjd"
	// CurrencyFKP is the Falkland Islands pound.
	CurrencyFKP Currency = "fkp"
	// CurrencyGBP is the pound sterling.
	CurrencyGBP Currency = "gbp"
	// CurrencyGEL is the Georgian lari.
	CurrencyGEL Currency = "gel"
	// CurrencyGHS is the Ghanaian cedi.
	CurrencyGHS Currency = "ghs"
	// CurrencyGIP is the Gibraltar pound.
	CurrencyGIP Currency = "gip"
	// CurrencyGMD is the Gambian dalasi.
	CurrencyGMD Currency = "gmd"
	// CurrencyGNF is the Guinean franc.
	CurrencyGNF Currency = "gnf"
	// CurrencyGTQ is the Guatemalan quetzal.
	CurrencyGTQ Currency = "gtq"
	// CurrencyGYD is the Guyanese dollar.
	CurrencyGYD Currency = "gyd"
	// CurrencyHKD is the Hong Kong dollar.
	CurrencyHKD Currency = "hkd"
	// CurrencyHNL is the Honduran lempira.
	CurrencyHNL Currency = "hnl"
	// CurrencyHTG is the Haitian gourde.
	CurrencyHTG Currency = "htg"
	// CurrencyHUF is the Hungarian forint.
	CurrencyHUF Currency = "huf"
	// CurrencyIDR is the Indonesian rupiah.
	CurrencyIDR Currency = "idr"
	// CurrencyILS is the Israeli new shekel.
	CurrencyILS Currency = "ils"
	// CurrencyINR is the Indian rupee.
	CurrencyINR Currency = "inr"
	// CurrencyIQD is the Iraqi dinar.
	CurrencyIQD Currency = "iqd"
	// CurrencyIRR is the Iranian rial.
	CurrencyIRR Currency = "irr"
	// CurrencyISK is the Icelandic krona.
	CurrencyISK Currency = "isk"
	// CurrencyJMD is the Jamaican dollar.
	CurrencyJMD Currency = "jmd"
	// CurrencyJOD is the Jordanian dinar.
	CurrencyJOD Currency = "jod"
	// CurrencyJPY is the Japanese yen.
	CurrencyJPY Currency = "jpy"
	// CurrencyKES is the Kenyan shilling.
	CurrencyKES Currency = "kes"
	// CurrencyKGS is the Kyrgyzstani som.
	CurrencyKGS Currency = "kgs"
	// CurrencyKHR is the Cambodian riel.
	CurrencyKHR Currency = "khr"
	// CurrencyKMF is the Comorian franc.
	CurrencyKMF Currency = "kmf"
	// CurrencyKPW is the North Korean won.
	CurrencyKPW Currency = "kpw"
	// CurrencyKRW is the South Korean won.
	CurrencyKRW Currency = "krw"
	// CurrencyKWD is the Kuwaiti dinar.
	CurrencyKWD Currency = "kwd"
	// CurrencyKYD is the Cayman Islands dollar.
	CurrencyKYD Currency = "kyd"
	// CurrencyKZT is the Kazakhstani tenge.
	CurrencyKZT Currency = "kzt"
	// CurrencyLAK is the Lao kip.
	CurrencyLAK Currency = "lak"
	// CurrencyLBP is the Lebanese pound.
	CurrencyLBP Currency = "lbp"
	// CurrencyLKR is the Sri Lankan rupee.
	CurrencyLKR Currency = "lkr"
	// CurrencyLRD is the Liberian dollar.
	CurrencyLRD Currency = "lrd"
	// CurrencyLSL is the Lesotho loti.
	CurrencyLSL Currency = "lsl"
	// CurrencyLYD is the Libyan dinar.
	CurrencyLYD Currency = "lyd"
	// CurrencyMAD is the Moroccan dirham.
	CurrencyMAD Currency = "mad"
	// CurrencyMDL is the Moldovan leu.
	CurrencyMDL Currency = "mdl"
	// CurrencyMGA is the Malagasy ariary.
	CurrencyMGA Currency = "mga"
	// CurrencyMKD is the Macedonian denar.
	CurrencyMKD Currency = "mkd"
	// CurrencyMMK is the Myanmar kyat.
	CurrencyMMK Currency = "mmk"
	// CurrencyMNT is the Mongolian togrog.
	CurrencyMNT Currency = "mnt"
	// CurrencyMOP is the Macanese pataca.
	CurrencyMOP Currency = "mop"
	// CurrencyMRU is the Mauritanian ouguiya.
	CurrencyMRU Currency = "mru"
	// CurrencyMUR is the Mauritian rupee.
	CurrencyMUR Currency = "mur"
	// CurrencyMVR is the Maldivian rufiyaa.
	CurrencyMVR Currency = "mvr"
	// CurrencyMWK is the Malawian kwacha.
	CurrencyMWK Currency = "mwk"
	// CurrencyMXN is the Mexican peso.
	CurrencyMXN Currency = "mxn"
	// CurrencyMXV is the Mexican unidad de inversion (funds code).
	CurrencyMXV Currency = "mxv"
	// CurrencyMYR is the Malaysian ringgit.
	CurrencyMYR Currency = "myr"
	// CurrencyMZN is the Mozambican metical.
	CurrencyMZN Currency = "mzn"
	// CurrencyNAD is the Namibian dollar.
	CurrencyNAD Currency = "nad"
	// CurrencyNGN is the Nigerian naira.
	CurrencyNGN Currency = "ngn"
	// CurrencyNIO is the Nicaraguan cordoba.
	CurrencyNIO Currency = "nio"
	// CurrencyNOK is the Norwegian krone.
	CurrencyNOK Currency = "nok"
	// CurrencyNPR is the Nepalese rupee.
	CurrencyNPR Currency = "npr"
	// CurrencyNZD is the New Zealand dollar.
	CurrencyNZD Currency = "nzd"
	// CurrencyOMR is the Omani rial.
	CurrencyOMR Currency = "omr"
	// CurrencyPAB is the Panamanian balboa.
	CurrencyPAB Currency = "pab"
	// CurrencyPEN is the Peruvian sol.
	CurrencyPEN Currency = "pen"
	// CurrencyPGK is the Papua New Guinean kina.
	CurrencyPGK Currency = "pgk"
	// CurrencyPHP is the Philippine peso.
	CurrencyPHP Currency = "php"
	// CurrencyPKR is the Pakistani rupee.
	CurrencyPKR Currency = "pkr"
	// CurrencyPLN is the Polish zloty.
	CurrencyPLN Currency = "pln"
	// CurrencyPYG is the Paraguayan guarani.
	CurrencyPYG Currency = "pyg"
	// CurrencyQAR is the Qatari riyal.
	CurrencyQAR Currency = "qar"
	// CurrencyRON is the Romanian leu.
	CurrencyRON Currency = "ron"
	// CurrencyRSD is the Serbian dinar.
	CurrencyRSD Currency = "rsd"
	// CurrencyRUB is the Russian ruble.
	CurrencyRUB Currency = "rub"
	// CurrencyRWF is the Rwandan franc.
	CurrencyRWF Currency = "rwf"
	// CurrencySAR is the Saudi riyal.
	CurrencySAR Currency = "sar"
	// CurrencySBD is the Solomon Islands dollar.
	CurrencySBD Currency = "sbd"
	// CurrencySCR is the Seychelles rupee.
	CurrencySCR Currency = "scr"
	// CurrencySDG is the Sudanese pound.
	CurrencySDG Currency = "sdg"
	// CurrencySEK is the Swedish krona.
	CurrencySEK Currency = "sek"
	// CurrencySGD is the Singapore dollar.
	CurrencySGD Currency = "sgd"
	// CurrencySHP is the Saint Helena pound.
	CurrencySHP Currency = "shp"
	// CurrencySLE is the Sierra Leonean leone.
	CurrencySLE Currency = "sle"
	// CurrencySOS is the Somali shilling.
	CurrencySOS Currency = "sos"
	// CurrencySRD is the Surinamese dollar.
	CurrencySRD Currency = "srd"
	// CurrencySSP is the South Sudanese pound.
	CurrencySSP Currency = "ssp"
	// CurrencySTN is the Sao Tome and Principe dobra.
	CurrencySTN Currency = "stn"
	// CurrencySVC is the Salvadoran colon.
	CurrencySVC Currency = "svc"
	// CurrencySYP is the Syrian pound.
	CurrencySYP Currency = "syp"
	// CurrencySZL is the Swazi lilangeni.
	CurrencySZL Currency = "szl"
	// CurrencyTHB is the Thai baht.
	CurrencyTHB Currency = "thb"
	// CurrencyTJS is the Tajikistani somoni.
	CurrencyTJS Currency = "tjs"
	// CurrencyTMT is the Turkmenistan manat.
	CurrencyTMT Currency = "tmt"
	// CurrencyTND is the Tunisian dinar.
	CurrencyTND Currency = "tnd"
	// CurrencyTOP is the Tongan paanga.
	CurrencyTOP Currency = "top"
	// CurrencyTRY is the Turkish lira.
	CurrencyTRY Currency = "try"
	// CurrencyTTD is the Trinidad and Tobago dollar.
	CurrencyTTD Currency = "ttd"
	// CurrencyTWD is the New Taiwan dollar.
	CurrencyTWD Currency = "twd"
	// CurrencyTZS is the Tanzanian shilling.
	CurrencyTZS Currency = "tzs"
	// CurrencyUAH is the Ukrainian hryvnia.
	CurrencyUAH Currency = "uah"
	// CurrencyUGX is the Ugandan shilling.
	CurrencyUGX Currency = "ugx"
	// CurrencyUSD is the United States dollar.
	CurrencyUSD Currency = "usd"
	// CurrencyUSN is the United States dollar, next day (funds code).
	CurrencyUSN Currency = "usn"
	// CurrencyUYI is the Uruguayan peso en unidades indexadas (funds code).
	CurrencyUYI Currency = "uyi"
	// CurrencyUYU is the Uruguayan peso.
	CurrencyUYU Currency = "uyu"
	// CurrencyUYW is the Uruguayan unidad previsional.
	CurrencyUYW Currency = "uyw"
	// CurrencyUZS is the Uzbekistani sum.
	CurrencyUZS Currency = "uzs"
	// CurrencyVED is the Venezuelan digital bolivar.
	CurrencyVED Currency = "ved"
	// CurrencyVES is the Venezuelan sovereign bolivar.
	CurrencyVES Currency = "ves"
	// CurrencyVND is the Vietnamese dong.
	CurrencyVND Currency = "vnd"
	// CurrencyVUV is the Vanuatu vatu.
	CurrencyVUV Currency = "vuv"
	// CurrencyWST is the Samoan tala.
	CurrencyWST Currency = "wst"
	// CurrencyXAF is the Central African CFA franc.
	CurrencyXAF Currency = "xaf"
	// CurrencyXCD is the East Caribbean dollar.
	CurrencyXCD Currency = "xcd"
	// CurrencyXCG is the Caribbean guilder.
	CurrencyXCG Currency = "xcg"
	// CurrencyXOF is the West African CFA franc.
	CurrencyXOF Currency = "xof"
	// CurrencyXPF is the CFP franc.
	CurrencyXPF Currency = "xpf"
	// CurrencyYER is the Yemeni rial.
	CurrencyYER Currency = "yer"
	// CurrencyZAR is the South African rand.
	CurrencyZAR Currency = "zar"
	// CurrencyZMW is the Zambian kwacha.
	CurrencyZMW Currency = "zmw"
	// CurrencyZWG is the Zimbabwe gold.
	CurrencyZWG Currency = "zwg"
)

// Codes withdrawn from ISO 4217 in recent years, kept because objects created
// before the change still carry them.
const (
	// CurrencyANG is the Netherlands Antillean guilder, replaced by the
	// Caribbean guilder (CurrencyXCG) in 2025.
	CurrencyANG Currency = "ang"
	// CurrencyCUC is the Cuban convertible peso, no longer issued.
	CurrencyCUC Currency = "cuc"
	// CurrencyHRK is the Croatian kuna, replaced by the euro in 2023.
	CurrencyHRK Currency = "hrk"
	// CurrencySLL is the Sierra Leonean leone before its 2022
	// redenomination (see CurrencySLE).
	CurrencySLL Currency = "sll"
	// CurrencyZWL is the Zimbabwean dollar, replaced by Zimbabwe gold
	// (CurrencyZWG) in 2024.
	CurrencyZWL Currency = "zwl"
)
