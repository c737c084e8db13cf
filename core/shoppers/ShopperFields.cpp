#include "ShopperFields.h"

namespace {
// Header names in English, Swedish, Norwegian, Latvian and Polish (besides the key itself).
constexpr ImportFieldTable::Field kFields[] = {
    {"code", QT_TRANSLATE_NOOP("ShopperFields", "Code"),
     "id|shopper|shopper code|shopper id|panel id|member id|kod|kode|kods|nummer|numurs|id ankietera|kod ankietera"},
    {"name", QT_TRANSLATE_NOOP("ShopperFields", "Name"),
     "name|full name|full_name|shopper name|namn|navn|fullständigt namn|vārds|vārds uzvārds|vārds, uzvārds|"
     "imię i nazwisko|imie i nazwisko|nazwisko"},
    {"email", QT_TRANSLATE_NOOP("ShopperFields", "E-mail"),
     "e-mail|e-mail address|email address|mail|e-post|epost|e-pasts|epasts|adres e-mail"},
    {"phone", QT_TRANSLATE_NOOP("ShopperFields", "Phone"),
     "telephone|mobile|phone number|tel|telefon|telefonnummer|mobil|mobilnummer|tālrunis|telefons|mobilais|"
     "telefon komórkowy|komórka"},
    {"address", QT_TRANSLATE_NOOP("ShopperFields", "Address"),
     "street|street address|adress|gatuadress|adresse|adrese|adres|ulica|iela"},
    {"postcode", QT_TRANSLATE_NOOP("ShopperFields", "Postcode"),
     "postal code|zip|zip code|postnummer|postnr|pasta indekss|indekss|kod pocztowy"},
    {"birth_year", QT_TRANSLATE_NOOP("ShopperFields", "Birth year"),
     "birth year|year of birth|born|birth date|date of birth|yob|födelseår|fødselsår|dzimšanas gads|dzimšanas datums|"
     "rok urodzenia|data urodzenia"},
    {"gender", QT_TRANSLATE_NOOP("ShopperFields", "Gender"), "sex|kön|kjønn|dzimums|płeć|plec"},
    {"languages", QT_TRANSLATE_NOOP("ShopperFields", "Languages"), "language|språk|valodas|valoda|języki|język|jezyki"},
    {"tags", QT_TRANSLATE_NOOP("ShopperFields", "Tags"), "tag|profile|profil|etiketter|merker|birkas|tagi"},
    {"city", QT_TRANSLATE_NOOP("ShopperFields", "City"),
     "home city|home_city|town|ort|stad|by|sted|pilsēta|miasto|miejscowość|miejscowosc"},
    {"latitude", QT_TRANSLATE_NOOP("ShopperFields", "Latitude"),
     "lat|home latitude|breddgrad|breddegrad|platums|szerokość|szerokosc"},
    {"longitude", QT_TRANSLATE_NOOP("ShopperFields", "Longitude"),
     "lon|lng|long|home longitude|längdgrad|lengdegrad|garums|długość|dlugosc"},
    {"capacity_wave", QT_TRANSLATE_NOOP("ShopperFields", "Visits per wave"),
     "capacity|capacity per wave|capacity_per_wave|per wave|visits per wave|max visits|kapacitet|kapasitet|kapacitāte|"
     "pojemność|wizyty na falę"},
    {"capacity_day", QT_TRANSLATE_NOOP("ShopperFields", "Visits per day"),
     "capacity per day|capacity_per_day|per day|visits per day|max per day|per dag|dienā|dziennie"},
    {"status", QT_TRANSLATE_NOOP("ShopperFields", "Status"), "state|tillstånd|statuss|stan"},
    {"rating", QT_TRANSLATE_NOOP("ShopperFields", "Rating"),
     "quality|quality rating|betyg|vurdering|vērtējums|ocena"},
    {"joined", QT_TRANSLATE_NOOP("ShopperFields", "Joined"),
     "joined on|joined_on|member since|registered|ansluten|registrert|pievienojies|reģistrēts|data rejestracji"},
    {"unavailable", QT_TRANSLATE_NOOP("ShopperFields", "Unavailable"),
     "not available|unavailable dates|away|holidays|vacation|ej tillgänglig|ikke tilgjengelig|nav pieejams|"
     "niedostępny|urlop"},
    {"conflict_locations", QT_TRANSLATE_NOOP("ShopperFields", "Conflicting locations"),
     "conflict locations|conflicting locations|conflicts|conflict of interest|konflikt|interešu konflikts|"
     "konflikt interesów"},
    {"conflict_brands", QT_TRANSLATE_NOOP("ShopperFields", "Conflicting brands"),
     "conflict brands|conflicting brands|excluded brands|brands excluded|zīmolu konflikts|marki wykluczone"},
};
static_assert(std::size(kFields) == ShopperFields::FieldCount, "one entry per field");
constexpr ImportFieldTable kTable{kFields};
} // namespace

const ImportFieldTable& ShopperFields::table()
{
    return kTable;
}

QString ShopperFields::label(Field field)
{
    return tr(kTable.label(field));
}
