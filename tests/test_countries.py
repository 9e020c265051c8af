"""The table of State names (hrcqa.text.countries): coverage of every UN Member and observer
State, the usual English names, demonyms, people-nouns and capitals, safe acronyms, and no
name that stands for two States."""

from __future__ import annotations

from collections import defaultdict

import pydantic
import pytest

from hrcqa.text.countries import ambiguous_names, countries, country_named, fold, names_of

# The UN's own list of its 193 Member States, as the UN spells them, with ISO alpha-3 codes.
UN_MEMBERS = {
    "AFG": "Afghanistan", "ALB": "Albania", "DZA": "Algeria", "AND": "Andorra", "AGO": "Angola",
    "ATG": "Antigua and Barbuda", "ARG": "Argentina", "ARM": "Armenia", "AUS": "Australia",
    "AUT": "Austria", "AZE": "Azerbaijan", "BHS": "Bahamas", "BHR": "Bahrain", "BGD": "Bangladesh",
    "BRB": "Barbados", "BLR": "Belarus", "BEL": "Belgium", "BLZ": "Belize", "BEN": "Benin",
    "BTN": "Bhutan", "BOL": "Bolivia (Plurinational State of)", "BIH": "Bosnia and Herzegovina",
    "BWA": "Botswana", "BRA": "Brazil", "BRN": "Brunei Darussalam", "BGR": "Bulgaria",
    "BFA": "Burkina Faso", "BDI": "Burundi", "CPV": "Cabo Verde", "KHM": "Cambodia",
    "CMR": "Cameroon", "CAN": "Canada", "CAF": "Central African Republic", "TCD": "Chad",
    "CHL": "Chile", "CHN": "China", "COL": "Colombia", "COM": "Comoros", "COG": "Congo",
    "CRI": "Costa Rica", "CIV": "Côte d'Ivoire", "HRV": "Croatia", "CUB": "Cuba", "CYP": "Cyprus",
    "CZE": "Czechia", "PRK": "Democratic People's Republic of Korea",
    "COD": "Democratic Republic of the Congo", "DNK": "Denmark", "DJI": "Djibouti",
    "DMA": "Dominica", "DOM": "Dominican Republic", "ECU": "Ecuador", "EGY": "Egypt",
    "SLV": "El Salvador", "GNQ": "Equatorial Guinea", "ERI": "Eritrea", "EST": "Estonia",
    "SWZ": "Eswatini", "ETH": "Ethiopia", "FJI": "Fiji", "FIN": "Finland", "FRA": "France",
    "GAB": "Gabon", "GMB": "Gambia (Republic of The)", "GEO": "Georgia", "DEU": "Germany",
    "GHA": "Ghana", "GRC": "Greece", "GRD": "Grenada", "GTM": "Guatemala", "GIN": "Guinea",
    "GNB": "Guinea-Bissau", "GUY": "Guyana", "HTI": "Haiti", "HND": "Honduras", "HUN": "Hungary",
    "ISL": "Iceland", "IND": "India", "IDN": "Indonesia", "IRN": "Iran (Islamic Republic of)",
    "IRQ": "Iraq", "IRL": "Ireland", "ISR": "Israel", "ITA": "Italy", "JAM": "Jamaica",
    "JPN": "Japan", "JOR": "Jordan", "KAZ": "Kazakhstan", "KEN": "Kenya", "KIR": "Kiribati",
    "KWT": "Kuwait", "KGZ": "Kyrgyzstan", "LAO": "Lao People's Democratic Republic",
    "LVA": "Latvia", "LBN": "Lebanon", "LSO": "Lesotho", "LBR": "Liberia", "LBY": "Libya",
    "LIE": "Liechtenstein", "LTU": "Lithuania", "LUX": "Luxembourg", "MDG": "Madagascar",
    "MWI": "Malawi", "MYS": "Malaysia", "MDV": "Maldives", "MLI": "Mali", "MLT": "Malta",
    "MHL": "Marshall Islands", "MRT": "Mauritania", "MUS": "Mauritius", "MEX": "Mexico",
    "FSM": "Micronesia (Federated States of)", "MCO": "Monaco", "MNG": "Mongolia",
    "MNE": "Montenegro", "MAR": "Morocco", "MOZ": "Mozambique", "MMR": "Myanmar", "NAM": "Namibia",
    "NRU": "Nauru", "NPL": "Nepal", "NLD": "Netherlands (Kingdom of the)", "NZL": "New Zealand",
    "NIC": "Nicaragua", "NER": "Niger", "NGA": "Nigeria", "MKD": "North Macedonia", "NOR": "Norway",
    "OMN": "Oman", "PAK": "Pakistan", "PLW": "Palau", "PAN": "Panama", "PNG": "Papua New Guinea",
    "PRY": "Paraguay", "PER": "Peru", "PHL": "Philippines", "POL": "Poland", "PRT": "Portugal",
    "QAT": "Qatar", "KOR": "Republic of Korea", "MDA": "Republic of Moldova", "ROU": "Romania",
    "RUS": "Russian Federation", "RWA": "Rwanda", "KNA": "Saint Kitts and Nevis",
    "LCA": "Saint Lucia", "VCT": "Saint Vincent and the Grenadines", "WSM": "Samoa",
    "SMR": "San Marino", "STP": "Sao Tome and Principe", "SAU": "Saudi Arabia", "SEN": "Senegal",
    "SRB": "Serbia", "SYC": "Seychelles", "SLE": "Sierra Leone", "SGP": "Singapore",
    "SVK": "Slovakia", "SVN": "Slovenia", "SLB": "Solomon Islands", "SOM": "Somalia",
    "ZAF": "South Africa", "SSD": "South Sudan", "ESP": "Spain", "LKA": "Sri Lanka", "SDN": "Sudan",
    "SUR": "Suriname", "SWE": "Sweden", "CHE": "Switzerland", "SYR": "Syrian Arab Republic",
    "TJK": "Tajikistan", "THA": "Thailand", "TLS": "Timor-Leste", "TGO": "Togo", "TON": "Tonga",
    "TTO": "Trinidad and Tobago", "TUN": "Tunisia", "TUR": "Türkiye", "TKM": "Turkmenistan",
    "TUV": "Tuvalu", "UGA": "Uganda", "UKR": "Ukraine", "ARE": "United Arab Emirates",
    "GBR": "United Kingdom of Great Britain and Northern Ireland",
    "TZA": "United Republic of Tanzania", "USA": "United States of America", "URY": "Uruguay",
    "UZB": "Uzbekistan", "VUT": "Vanuatu", "VEN": "Venezuela (Bolivarian Republic of)",
    "VNM": "Viet Nam", "YEM": "Yemen", "ZMB": "Zambia", "ZWE": "Zimbabwe",
}
UN_OBSERVERS = {"VAT": "Holy See", "PSE": "State of Palestine"}


def code(name: str) -> str | None:
    found = country_named(name)
    return found.codes[-1] if found else None


def test_the_un_lists_are_complete():
    assert len(UN_MEMBERS) == 193 and len(UN_OBSERVERS) == 2


def test_every_member_observer_and_the_eu_is_there_once():
    by_status = defaultdict(set)
    for country in countries():
        by_status[country.status].add(country.codes[-1])
    assert by_status == {"member": set(UN_MEMBERS), "observer": set(UN_OBSERVERS),
                         "organization": {"EU"}}
    assert len(countries()) == 196
    assert countries() is countries()


@pytest.mark.parametrize("iso3, un_name", sorted({**UN_MEMBERS, **UN_OBSERVERS}.items()))
def test_every_state_is_found_by_its_un_name_and_its_own_names(iso3, un_name):
    assert code(un_name) == iso3
    assert code(fold(un_name)) == iso3
    country = country_named(un_name)
    assert code(country.name) == code(country.official) == code(country.name.upper()) == iso3


def test_every_name_a_country_gives_finds_that_country():
    for country in countries():
        for name in names_of(country):
            assert country_named(name.text) is country, (name, country.name)
            if name.kind != "acronym":
                assert country_named(name.text.lower()) is country, (name, country.name)


def test_no_name_stands_for_two_countries():
    owners = defaultdict(set)
    for country in countries():
        for name in names_of(country):
            text = name.text if name.kind == "acronym" else fold(name.text).casefold()
            owners[text.removeprefix("the ")].add(country.name)
    assert {text: names for text, names in owners.items() if len(names) > 1} == {}


def test_names_claimed_equally_are_nobodys_and_listed():
    assert ambiguous_names() == {
        "Congolese": ("Congo", "Democratic Republic of the Congo"),
        "Dominican": ("Dominica", "Dominican Republic"),
        "Dominicans": ("Dominica", "Dominican Republic"),
        "Jerusalem": ("Israel", "State of Palestine"),
        "Korea": ("North Korea", "South Korea"),
        # the heads of the two Koreas' inverted names in French and Spanish
        "Corea": ("North Korea", "South Korea"),
        "Coree": ("North Korea", "South Korea"),
        "Corée": ("North Korea", "South Korea"),
    }
    for name in ambiguous_names():
        assert country_named(name) is None


@pytest.mark.parametrize("name, iso3", [
    ("Congo", "COG"), ("Republic of the Congo", "COG"), ("DRC", "COD"), ("DR Congo", "COD"),
    ("Guinea", "GIN"), ("Equatorial Guinea", "GNQ"), ("Guinea-Bissau", "GNB"),
    ("Guinea Bissau", "GNB"), ("Papua New Guinea", "PNG"), ("Niger", "NER"), ("Nigeria", "NGA"),
    ("Nigerien", "NER"), ("Nigerian", "NGA"), ("Dominica", "DMA"), ("Dominican Republic", "DOM"),
    ("Georgia", "GEO"), ("North Korea", "PRK"), ("DPRK", "PRK"), ("South Korea", "KOR"),
    ("Sudan", "SDN"), ("South Sudan", "SSD"), ("Sudanese", "SDN"), ("South Sudanese", "SSD"),
])
def test_names_alike_go_to_the_right_state(name, iso3):
    assert code(name) == iso3


@pytest.mark.parametrize("name, iso3", [
    ("United Kingdom", "GBR"), ("UK", "GBR"), ("U.K.", "GBR"), ("Britain", "GBR"),
    ("Great Britain", "GBR"), ("United Kingdom of Great Britain and Northern Ireland", "GBR"),
    ("British", "GBR"), ("the British", "GBR"), ("the Brits", "GBR"), ("Britons", "GBR"),
    ("London", "GBR"),
    ("United States", "USA"), ("US", "USA"), ("U.S.", "USA"), ("USA", "USA"), ("America", "USA"),
    ("American", "USA"), ("Washington", "USA"), ("Washington, D.C.", "USA"),
    ("Netherlands", "NLD"), ("the Netherlands", "NLD"), ("Holland", "NLD"), ("Dutch", "NLD"),
    ("the Dutch", "NLD"), ("The Hague", "NLD"), ("Amsterdam", "NLD"),
    ("Czechia", "CZE"), ("Czech Republic", "CZE"), ("Czech", "CZE"), ("Czechs", "CZE"),
    ("Türkiye", "TUR"), ("Turkiye", "TUR"), ("Turkey", "TUR"), ("Turkish", "TUR"), ("Turks", "TUR"),
    ("Moldova", "MDA"), ("Republic of Moldova", "MDA"), ("Moldova, Republic of", "MDA"),
    ("Moldovan", "MDA"), ("Chisinau", "MDA"), ("Chișinău", "MDA"), ("Chişinău", "MDA"),
    ("Russia", "RUS"), ("Russian Federation", "RUS"), ("Russians", "RUS"), ("Moscow", "RUS"),
    ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"), ("Cote d’Ivoire", "CIV"),
    ("COTE D'IVOIRE", "CIV"), ("Ivorian", "CIV"),
    ("Belarus", "BLR"), ("Belarusian", "BLR"), ("Belarusians", "BLR"), ("Minsk", "BLR"),
    ("Ukraine", "UKR"), ("Kyiv", "UKR"), ("Kiev", "UKR"),
    ("Switzerland", "CHE"), ("Swiss", "CHE"), ("the Swiss", "CHE"), ("Bern", "CHE"),
    ("France", "FRA"), ("French", "FRA"), ("the French", "FRA"),
    ("Danes", "DNK"), ("Swedes", "SWE"), ("Finns", "FIN"), ("Poles", "POL"), ("Spaniards", "ESP"),
    ("Germans", "DEU"), ("Filipinos", "PHL"), ("New Zealanders", "NZL"), ("NZ", "NZL"),
    ("Tajik", "TJK"), ("Cabo Verdean", "CPV"), ("Cape Verde", "CPV"), ("Swaziland", "SWZ"),
    ("Eswatini", "SWZ"), ("Burma", "MMR"), ("East Timor", "TLS"), ("Laos", "LAO"), ("Syria", "SYR"),
    ("Vietnam", "VNM"), ("Iran", "IRN"), ("Bolivia", "BOL"), ("Venezuela", "VEN"),
    ("Tanzania", "TZA"), ("Brunei", "BRN"), ("Micronesia", "FSM"), ("UAE", "ARE"),
    ("Emirati", "ARE"), ("Saudi", "SAU"), ("KSA", "SAU"), ("RSA", "ZAF"), ("CAR", "CAF"),
    ("PRC", "CHN"), ("St Kitts & Nevis", "KNA"), ("St. Lucia", "LCA"), ("the Gambia", "GMB"),
    ("Vatican", "VAT"), ("Holy See", "VAT"), ("Palestine", "PSE"), ("Palestinians", "PSE"),
    ("European Union", "EU"), ("EU", "EU"), ("Malé", "MDV"), ("Astana", "KAZ"),
])
def test_usual_english_names(name, iso3):
    assert code(name) == iso3


@pytest.mark.parametrize("word", [
    "IN", "IT", "AT", "BE", "NO", "TO", "IS", "ME", "MY", "AM", "SO", "DO", "ID", "MD", "PS", "CV",
    "TV", "KG", "CAN", "AND", "PER", "ARE", "TON", "PAN", "GB", "SA", "us", "uk", "Us", "eu",
    "Island", "male", "Dominique", "Welsh", "Wales", "European", "Korean",
])
def test_words_that_are_no_state(word):
    assert country_named(word) is None


@pytest.mark.parametrize("name, iso3", [
    ("Suisse", "CHE"), ("Pologne", "POL"), ("Allemagne", "DEU"), ("nouvelle zelande", "NZL"),
    ("Tchéquie", "CZE"), ("Royaume-Uni", "GBR"), ("Países Bajos", "NLD"), ("Alemania", "DEU"),
    ("Tschechien", "CZE"), ("Neuseeland", "NZL"), ("États-Unis", "USA"), ("Lettonie", "LVA"),
])
def test_names_in_french_spanish_and_german(name, iso3):
    assert country_named(name).codes[1] == iso3


@pytest.mark.parametrize("word", ["Island", "Maurice", "Salvador", "Grenade"])
def test_a_translated_name_that_is_an_english_word_is_no_name(word):
    """German "Island" (Iceland), French "Maurice" (Mauritius) and "Grenade" (Grenada) are
    English words or first names, and so is Spanish "Salvador"."""
    assert country_named(word) is None


def test_acronyms_are_capitals_and_never_an_english_code():
    acronyms = {a: c.name for c in countries() for a in c.acronyms}
    assert acronyms == {
        "UK": "United Kingdom", "US": "United States", "USA": "United States", "NZ": "New Zealand",
        "UAE": "United Arab Emirates", "DRC": "Democratic Republic of the Congo",
        "DPRK": "North Korea", "RSA": "South Africa", "KSA": "Saudi Arabia", "PRC": "China",
        "CAR": "Central African Republic", "PNG": "Papua New Guinea", "EU": "European Union",
    }


def test_names_of_marks_each_kind():
    netherlands = names_of(country_named("Holland"))
    kinds = defaultdict(list)
    for name in netherlands:
        kinds[name.kind].append(name.text)
    assert kinds["name"][:2] == ["Netherlands", "Kingdom of the Netherlands"]
    assert "Holland" in kinds["name"]
    assert kinds["demonym"] == ["Dutch"] and kinds["people"] == ["Dutch"]
    assert kinds["capital"] == ["Amsterdam", "The Hague"]
    usa = [(n.text, n.kind) for n in names_of(country_named("USA")) if n.kind == "acronym"]
    assert usa == [("US", "acronym"), ("U.S.", "acronym"), ("USA", "acronym"), ("U.S.A.", "acronym")]
    turkiye = [n.text for n in names_of(country_named("Turkey")) if n.kind == "name"]
    assert {"Türkiye", "Turkiye", "Turkey"} <= set(turkiye)


def test_every_state_has_demonyms_people_and_a_capital_but_the_listed_gaps():
    states = [c for c in countries() if c.status != "organization"]
    assert {c.codes[-1] for c in states if not c.demonyms} == {"COG", "COD", "DMA", "DOM", "VAT"}
    assert {c.codes[-1] for c in states if not c.people} == {"COG", "COD", "DMA", "DOM", "VAT"}
    assert {c.codes[-1] for c in states if not c.capitals} == {"ISR"}


def test_a_country_is_frozen():
    with pytest.raises(pydantic.ValidationError):
        country_named("France").name = "Gaul"


def test_fold_removes_diacritics_only():
    assert fold("Chișinău Türkiye São Tomé Kıbrıs Łódź ’") == "Chisinau Turkiye Sao Tome Kibris Lodz '"


def test_every_state_has_a_region_and_regions_are_named_as_people_write_them():
    from hrcqa.text.countries import in_region, regions

    states = [c for c in countries() if c.name != "European Union"]
    assert all(c.region and c.subregion for c in states)
    assert in_region(country_named("New Zealand"), "Oceania")
    czechia = country_named("Czechia")
    assert in_region(czechia, "Eastern Europe") and in_region(czechia, "Europe")
    forms = regions()
    assert (forms["african"], forms["european"], forms["latin american"]) == \
        ("Africa", "Europe", "Latin America and the Caribbean")
    assert not any(country_named(form) for form in forms)  # "Micronesia" names a State, not the region
