#include "LocationImport.h"

#include "io/ImportRow.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <iterator>

namespace {

// Header names in English, Swedish, Norwegian, Latvian and Polish.
constexpr ImportFieldTable::Field kFields[] = {
    {"code", QT_TRANSLATE_NOOP("LocationImport", "Code"),
     "code|id|location code|location id|branch code|branch id|store code|store id|site code|kod|kode|kods|nummer|numurs"},
    {"name", QT_TRANSLATE_NOOP("LocationImport", "Name"),
     "name|location|location name|branch|branch name|store|store name|namn|navn|nosaukums|nazwa|filial|filiāle|oddział"},
    {"channel", QT_TRANSLATE_NOOP("LocationImport", "Channel"), "channel|kanal|kanāls|kanał|type"},
    {"brand", QT_TRANSLATE_NOOP("LocationImport", "Brand"), "brand|chain|varumärke|merke|zīmols|marka|sieć"},
    {"country", QT_TRANSLATE_NOOP("LocationImport", "Country"), "country|land|valsts|kraj|państwo"},
    {"region", QT_TRANSLATE_NOOP("LocationImport", "Region"),
     "region|county|state|province|län|fylke|reģions|novads|województwo|wojewodztwo"},
    {"area", QT_TRANSLATE_NOOP("LocationImport", "Area"), "area|district|territory|område|distrikt|apkaime|rajons|obszar|dzielnica"},
    {"address", QT_TRANSLATE_NOOP("LocationImport", "Address"), "address|street|adress|gatuadress|adresse|adrese|adres|ulica|iela"},
    {"postcode", QT_TRANSLATE_NOOP("LocationImport", "Postcode"),
     "postcode|postal code|zip|zip code|postnummer|postnr|pasta indekss|indekss|kod pocztowy"},
    {"city", QT_TRANSLATE_NOOP("LocationImport", "City"), "city|town|ort|stad|by|sted|pilsēta|miasts|miasto|miejscowość"},
    {"latitude", QT_TRANSLATE_NOOP("LocationImport", "Latitude"), "latitude|lat|breddgrad|breddegrad|platums|szerokość|szerokosc"},
    {"longitude", QT_TRANSLATE_NOOP("LocationImport", "Longitude"),
     "longitude|lon|lng|long|längdgrad|lengdegrad|garums|długość|dlugosc"},
    {"staff", QT_TRANSLATE_NOOP("LocationImport", "Staff"),
     "staff|staff count|employees|headcount|fte|personal|antal anställda|ansatte|darbinieki|pracownicy"},
    {"size", QT_TRANSLATE_NOOP("LocationImport", "Size class"), "size|size class|format|storlek|størrelse|izmērs|wielkość"},
    {"manager_email", QT_TRANSLATE_NOOP("LocationImport", "Manager e-mail"),
     "manager e-mail|manager email|manager|email|e-mail|e-post|epost|e-pasts|chef|leder|vadītājs|kierownik"},
    {"competitor", QT_TRANSLATE_NOOP("LocationImport", "Competitor"), "competitor|konkurrent|konkurents|konkurencja|konkurent"},
    {"active", QT_TRANSLATE_NOOP("LocationImport", "Active"), "active|aktiv|aktīvs|aktywny|status"},
    // The label of an hours field is made from the weekday's name (see fieldLabel).
    {"hours_mon", nullptr,
     "hours_mon|hours mon|hours monday|opening hours monday|mon|monday|måndag|mån|mandag|pirmdiena|poniedziałek|poniedzialek|pon"},
    {"hours_tue", nullptr,
     "hours_tue|hours tue|hours tuesday|opening hours tuesday|tue|tuesday|tisdag|tis|tirsdag|otrdiena|wtorek|wt"},
    {"hours_wed", nullptr,
     "hours_wed|hours wed|hours wednesday|opening hours wednesday|wed|wednesday|onsdag|ons|trešdiena|środa|sroda|śr"},
    {"hours_thu", nullptr,
     "hours_thu|hours thu|hours thursday|opening hours thursday|thu|thursday|torsdag|tors|ceturtdiena|czwartek|czw"},
    {"hours_fri", nullptr,
     "hours_fri|hours fri|hours friday|opening hours friday|fri|friday|fredag|fre|piektdiena|piątek|piatek|pt"},
    {"hours_sat", nullptr,
     "hours_sat|hours sat|hours saturday|opening hours saturday|sat|saturday|lördag|lör|lørdag|lør|sestdiena|sobota|sob"},
    {"hours_sun", nullptr,
     "hours_sun|hours sun|hours sunday|opening hours sunday|sun|sunday|söndag|sön|søndag|søn|svētdiena|niedziela|niedz|nd"},
};
static_assert(std::size(kFields) == LocationImport::FieldCount, "one entry per field");
constexpr ImportFieldTable kTable{kFields};

const QStringList kChannels = {QStringLiteral("visit"), QStringLiteral("call"), QStringLiteral("email"),
                               QStringLiteral("web"),   QStringLiteral("social"), QStringLiteral("audit")};

std::optional<QString> channelOf(const QString& text)
{
    const QString value = text.trimmed().toLower();
    if (kChannels.contains(value))
        return value;
    static const QHash<QString, QString> synonyms = {
        {QStringLiteral("branch"), QStringLiteral("visit")}, {QStringLiteral("store"), QStringLiteral("visit")},
        {QStringLiteral("shop"), QStringLiteral("visit")},   {QStringLiteral("phone"), QStringLiteral("call")},
        {QStringLiteral("telephone"), QStringLiteral("call")}, {QStringLiteral("contact centre"), QStringLiteral("call")},
        {QStringLiteral("call centre"), QStringLiteral("call")}, {QStringLiteral("e-mail"), QStringLiteral("email")},
        {QStringLiteral("website"), QStringLiteral("web")},  {QStringLiteral("online"), QStringLiteral("web")},
    };
    if (synonyms.contains(value))
        return synonyms.value(value);
    return std::nullopt;
}

std::optional<bool> flagOf(const QString& text)
{
    static const QStringList yes = {QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                    QStringLiteral("x"), QStringLiteral("ja"), QStringLiteral("jā"), QStringLiteral("tak"),
                                    QStringLiteral("active"), QStringLiteral("aktiv")};
    static const QStringList no = {QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
                                   QStringLiteral("nej"), QStringLiteral("nei"), QStringLiteral("nē"), QStringLiteral("nie"),
                                   QStringLiteral("inactive"), QStringLiteral("closed")};
    const QString value = text.trimmed().toLower();
    if (yes.contains(value))
        return true;
    if (no.contains(value))
        return false;
    return std::nullopt;
}

} // namespace

bool LocationImport::Plan::hasErrors() const
{
    return CsvProblem::any(problems, CsvProblem::Severity::Error);
}

const ImportFieldTable& LocationImport::fields()
{
    return kTable;
}

QString LocationImport::fieldKey(Field field)
{
    return kTable.key(field);
}

QString LocationImport::fieldLabel(Field field)
{
    if (isHoursField(field))
        return tr("Hours on %1").arg(OpeningHours::weekdayName(field - HoursMonday + 1));
    return tr(kTable.label(field));
}

LocationImport::Field LocationImport::hoursField(int weekday)
{
    return Field(HoursMonday + std::clamp(weekday, 1, 7) - 1);
}

QStringList LocationImport::attributeProblems(const Attributes& attributes)
{
    QStringList problems;
    QSet<QString> seen;
    for (const auto& [name, value] : attributes) {
        if (name.trimmed().isEmpty()) {
            if (!value.trimmed().isEmpty())
                problems << tr("Attributes: the value “%1” needs a name").arg(value.trimmed());
            continue;
        }
        if (seen.contains(name.trimmed().toLower()))
            problems << tr("Attributes: “%1” is given twice").arg(name.trimmed());
        seen.insert(name.trimmed().toLower());
    }
    return problems;
}

std::optional<LocationImport::Field> LocationImport::fieldFromKey(const QString& key)
{
    const auto field = kTable.fromKey(key);
    return field ? std::optional<Field>(Field(*field)) : std::nullopt;
}

LocationImport::Mapping LocationImport::guessMapping(const QStringList& header)
{
    return kTable.guess(header);
}

QString LocationImport::mappingProblem(const Mapping& mapping)
{
    QStringList missing;
    for (Field field : {Code, Name})
        if (!mapping.contains(field))
            missing << fieldLabel(field);
    return missing.isEmpty() ? QString()
                             : tr("no column is chosen for %1").arg(missing.join(tr(" and ")));
}

LocationImport::Plan LocationImport::plan(const QSqlDatabase& db, const CsvTable& table, const Mapping& mapping,
                                          const Options& options, const QString& fileName)
{
    Plan plan;
    if (const QString missing = mappingProblem(mapping); !missing.isEmpty()) {
        plan.problems.append({CsvProblem::Severity::Fatal, fileName, 0, 0, missing});
        return plan;
    }

    // What the programme has: codes, and geography by "country|region|area" path.
    QSet<QString> existingCodes;
    QSqlQuery query(QStringLiteral("SELECT code FROM location"), db);
    while (query.next())
        existingCodes.insert(query.value(0).toString());
    QSet<QString> knownPaths;
    query.exec(QStringLiteral("SELECT c.name, r.name, a.name FROM geo_unit c LEFT JOIN geo_unit r ON r.parent_id = c.id "
                              "LEFT JOIN geo_unit a ON a.parent_id = r.id WHERE c.parent_id IS NULL"));
    while (query.next()) {
        knownPaths.insert(query.value(0).toString().toLower());
        if (!query.value(1).isNull())
            knownPaths.insert((query.value(0).toString() + QLatin1Char('|') + query.value(1).toString()).toLower());
        if (!query.value(2).isNull())
            knownPaths.insert((query.value(0).toString() + QLatin1Char('|') + query.value(1).toString() + QLatin1Char('|')
                               + query.value(2).toString())
                                  .toLower());
    }

    QHash<QString, qsizetype> firstLineOfCode;
    QHash<QString, std::pair<OpeningHours::Day, QString>> readHours; // cell -> hours, or the problem
    QSet<QString> newPaths;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        ImportRow row(table, i, mapping, fileName, &plan.problems);
        const qsizetype line = row.line();
        Record record;
        record.line = line;
        auto cell = [&row](Field field) { return row.cell(field); };
        auto fail = [&row](Field field, const QString& message) { row.fail(field, message); };

        const QString code = cell(Code);
        if (code.isEmpty())
            fail(Code, tr("the location code is empty"));
        else if (code.size() > 40)
            fail(Code, tr("the location code “%1” is longer than 40 characters").arg(code.left(20)));
        else if (firstLineOfCode.contains(code))
            fail(Code, tr("the code %1 is already on line %2").arg(code).arg(firstLineOfCode.value(code)));
        else
            firstLineOfCode.insert(code, line);
        record.values.insert(Code, code);
        record.exists = existingCodes.contains(code);

        const QString name = cell(Name);
        if (name.isEmpty())
            fail(Name, tr("the name of %1 is empty").arg(code));
        record.values.insert(Name, name);

        if (mapping.contains(Channel)) {
            if (const auto channel = channelOf(cell(Channel)))
                record.values.insert(Channel, *channel);
            else
                fail(Channel, tr("“%1” is not a channel (use visit, call, email, web, social or audit)").arg(cell(Channel)));
        }
        for (Field field : {Brand, Address, Postcode, City, SizeClass})
            if (mapping.contains(field))
                record.values.insert(field, cell(field));
        if (mapping.contains(ManagerEmail)) {
            row.checkEmail(ManagerEmail);
            record.values.insert(ManagerEmail, cell(ManagerEmail));
        }

        // Coordinates come in pairs, within range.
        if (const auto coordinates = row.coordinates(Latitude, Longitude, options.decimalComma)) {
            if (coordinates->given) {
                record.values.insert(Latitude, coordinates->latitude);
                record.values.insert(Longitude, coordinates->longitude);
            } else if (mapping.contains(Latitude) || mapping.contains(Longitude)) {
                record.values.insert(Latitude, QVariant());
                record.values.insert(Longitude, QVariant());
            }
        }

        if (mapping.contains(StaffCount) && !cell(StaffCount).isEmpty()) {
            bool ok = false;
            const int staff = cell(StaffCount).toInt(&ok);
            if (!ok || staff < 0)
                fail(StaffCount, tr("“%1” is not a number of staff").arg(cell(StaffCount)));
            else
                record.values.insert(StaffCount, staff);
        }
        for (Field field : {Competitor, Active}) {
            if (!mapping.contains(field) || cell(field).isEmpty())
                continue;
            if (const auto flag = flagOf(cell(field)))
                record.values.insert(field, *flag);
            else
                fail(field, tr("“%1” is not yes or no").arg(cell(field)));
        }

        for (int weekday = 1; weekday <= 7; ++weekday) {
            const Field field = hoursField(weekday);
            if (!mapping.contains(field))
                continue;
            // A list of 50,000 locations holds a handful of different hours: each is read once.
            const QString text = cell(field);
            auto known = readHours.constFind(text);
            if (known == readHours.cend()) {
                std::pair<OpeningHours::Day, QString> read;
                OpeningHours::parseDay(text, &read.first, &read.second); // the problem stays empty when it reads
                known = readHours.insert(text, read);
            }
            if (known->second.isEmpty())
                record.hours[weekday] = known->first;
            else
                fail(field, known->second);
        }

        // Geography: country > region > area, each level needing the one above.
        const QString country = cell(Country);
        const QString region = cell(Region);
        const QString area = cell(Area);
        if ((!region.isEmpty() || !area.isEmpty()) && country.isEmpty())
            fail(Country, tr("a region or area needs its country"));
        else if (!area.isEmpty() && region.isEmpty())
            fail(Region, tr("an area needs its region"));
        else if (!country.isEmpty()) {
            QStringList path{country};
            if (!region.isEmpty())
                path << region;
            if (!area.isEmpty())
                path << area;
            for (qsizetype depth = 1; depth <= path.size(); ++depth) {
                const QString key = path.mid(0, depth).join(QLatin1Char('|')).toLower();
                if (knownPaths.contains(key) || newPaths.contains(key))
                    continue;
                if (!options.createMissingRegions) {
                    const Field field = depth == 1 ? Country : depth == 2 ? Region : Area;
                    fail(field, tr("“%1” is not a known %2 of the programme")
                                    .arg(path[depth - 1], depth == 1 ? tr("country") : depth == 2 ? tr("region") : tr("area")));
                    break;
                }
                newPaths.insert(key);
                plan.newGeography << path.mid(0, depth).join(QStringLiteral(" > "));
            }
            record.values.insert(Country, country);
            record.values.insert(Region, region);
            record.values.insert(Area, area);
        }

        if (!row.isValid())
            continue;
        (record.exists ? plan.updates : plan.inserts) += 1;
        plan.records.push_back(std::move(record));
    }
    if (table.rows.isEmpty())
        plan.problems.append({CsvProblem::Severity::Warning, fileName, 0, 0, tr("the file holds no locations")});
    return plan;
}
