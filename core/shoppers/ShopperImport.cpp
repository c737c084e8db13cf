#include "ShopperImport.h"

#include "ShopperValidator.h"
#include "io/ImportRow.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace {
using F = ShopperFields;

// A word of the file for one of the values, in the programme's languages (lower case).
std::optional<QString> wordOf(const QString& text, const QList<std::pair<QString, QStringList>>& words)
{
    const QString value = text.trimmed().toLower();
    for (const auto& [code, synonyms] : words)
        if (value == code || synonyms.contains(value))
            return code;
    return std::nullopt;
}

std::optional<QString> genderOf(const QString& text)
{
    static const QList<std::pair<QString, QStringList>> words = {
        {QStringLiteral("female"),
         {QStringLiteral("f"), QStringLiteral("w"), QStringLiteral("woman"), QStringLiteral("k"), QStringLiteral("kvinna"),
          QStringLiteral("kvinne"), QStringLiteral("sieviete"), QStringLiteral("s"), QStringLiteral("kobieta")}},
        {QStringLiteral("male"),
         {QStringLiteral("m"), QStringLiteral("man"), QStringLiteral("mann"), QStringLiteral("vīrietis"), QStringLiteral("v"),
          QStringLiteral("mężczyzna")}},
        {QStringLiteral("other"),
         {QStringLiteral("x"), QStringLiteral("diverse"), QStringLiteral("annat"), QStringLiteral("annet"),
          QStringLiteral("cits"), QStringLiteral("inna"), QStringLiteral("inne")}},
    };
    return wordOf(text, words);
}

std::optional<QString> statusOf(const QString& text)
{
    static const QList<std::pair<QString, QStringList>> words = {
        {QStringLiteral("active"),
         {QStringLiteral("aktiv"), QStringLiteral("aktīvs"), QStringLiteral("aktywny"), QStringLiteral("yes"),
          QStringLiteral("1")}},
        {QStringLiteral("paused"),
         {QStringLiteral("pause"), QStringLiteral("on hold"), QStringLiteral("inactive"), QStringLiteral("pausad"),
          QStringLiteral("pauset"), QStringLiteral("pauzēts"), QStringLiteral("apturēts"), QStringLiteral("wstrzymany"),
          QStringLiteral("zawieszony"), QStringLiteral("0")}},
        {QStringLiteral("blocked"),
         {QStringLiteral("block"), QStringLiteral("banned"), QStringLiteral("blockerad"), QStringLiteral("blokkert"),
          QStringLiteral("bloķēts"), QStringLiteral("zablokowany")}},
    };
    return wordOf(text, words);
}

std::optional<int> wholeNumber(const QString& text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

// The shopper's fields the file maps, written over `base`; conflicts that stay keep their notes.
Shopper overlay(Shopper base, const Shopper& file, const ShopperImport::Mapping& mapping)
{
    auto mapped = [&mapping](F::Field field) { return mapping.contains(field); };
    const QList<Shopper::Conflict> was = base.conflicts;
    if (mapped(F::Name))
        base.personal.fullName = file.personal.fullName;
    if (mapped(F::Email))
        base.personal.email = file.personal.email;
    if (mapped(F::Phone))
        base.personal.phone = file.personal.phone;
    if (mapped(F::Address))
        base.personal.address = file.personal.address;
    if (mapped(F::Postcode))
        base.personal.postcode = file.personal.postcode;
    if (mapped(F::BirthYear))
        base.birthYear = file.birthYear;
    if (mapped(F::Gender))
        base.gender = file.gender;
    if (mapped(F::Languages))
        base.languages = file.languages;
    if (mapped(F::Tags))
        base.tags = file.tags;
    if (mapped(F::City))
        base.homeCity = file.homeCity;
    if (mapped(F::Latitude)) {
        base.latitude = file.latitude;
        base.longitude = file.longitude;
    }
    if (mapped(F::CapacityPerWave))
        base.capacityPerWave = file.capacityPerWave;
    if (mapped(F::CapacityPerDay))
        base.capacityPerDay = file.capacityPerDay;
    if (mapped(F::Status))
        base.status = file.status;
    if (mapped(F::Rating))
        base.rating = file.rating;
    if (mapped(F::Joined))
        base.joinedOn = file.joinedOn;
    if (mapped(F::Unavailable))
        base.unavailable = file.unavailable;
    for (const auto& [field, byLocation] : {std::pair{F::ConflictLocations, true}, std::pair{F::ConflictBrands, false}}) {
        if (!mapped(field))
            continue;
        base.conflicts.removeIf([byLocation](const Shopper::Conflict& c) { return c.locationCode.isEmpty() != byLocation; });
        for (Shopper::Conflict conflict : file.conflicts) {
            if (conflict.locationCode.isEmpty() == byLocation)
                continue;
            for (const Shopper::Conflict& old : was)
                if (old.locationCode == conflict.locationCode && old.brand.compare(conflict.brand, Qt::CaseInsensitive) == 0)
                    conflict = old;
            base.conflicts << conflict;
        }
    }
    base.tidy();
    return base;
}
} // namespace

QString ShopperImport::mappingProblem(const Mapping& mapping)
{
    if (!mapping.contains(F::Code))
        return tr("no column is chosen for %1").arg(ShopperFields::label(F::Code));
    if (mapping.contains(F::Latitude) != mapping.contains(F::Longitude))
        return tr("%1 and %2 are imported together: choose a column for both or for neither")
            .arg(ShopperFields::label(F::Latitude), ShopperFields::label(F::Longitude));
    return {};
}

QString ShopperImport::formatList(const QStringList& values)
{
    return values.join(QStringLiteral(", "));
}

QStringList ShopperImport::splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;|]"));
    QStringList values;
    for (const QString& part : text.split(separators))
        if (!part.trimmed().isEmpty())
            values << part.trimmed();
    return values;
}

QString ShopperImport::formatPeriods(const QList<Shopper::Period>& periods)
{
    QStringList parts;
    for (const Shopper::Period& period : periods)
        parts << (period.from == period.to ? period.from.toString(Qt::ISODate)
                                           : period.from.toString(Qt::ISODate) + QStringLiteral("..")
                                                 + period.to.toString(Qt::ISODate));
    return parts.join(QStringLiteral(", "));
}

std::optional<QDate> ShopperImport::parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    for (const QString& format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy")}) {
        const QDate date = QDate::fromString(trimmed, format);
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

std::optional<QList<Shopper::Period>> ShopperImport::parsePeriods(const QString& text)
{
    static const QRegularExpression between(QStringLiteral("\\s*(?:\\.\\.|–|—|\\bto\\b)\\s*"));
    QList<Shopper::Period> periods;
    for (const QString& part : splitList(text)) {
        const QStringList ends = part.split(between);
        if (ends.size() > 2)
            return std::nullopt;
        const auto from = parseDate(ends.first());
        const auto to = parseDate(ends.last());
        if (!from || !to)
            return std::nullopt;
        periods.append({*from, *to});
    }
    return periods;
}

ShopperImport::Plan ShopperImport::plan(const QSqlDatabase& db, const CsvTable& table, const Mapping& mapping,
                                        const Options& options, const QString& fileName)
{
    Plan plan;
    if (const QString missing = mappingProblem(mapping); !missing.isEmpty()) {
        plan.problems.append({CsvProblem::Severity::Fatal, fileName, 0, 0, missing});
        return plan;
    }
    const QHash<QString, qint64> existing = ShopperStore::codes(db);
    QSet<QString> locations;
    if (mapping.contains(F::ConflictLocations))
        for (const QString& code : ShopperStore::locationCodes(db))
            locations.insert(code);

    QHash<QString, qsizetype> firstLineOfCode;
    firstLineOfCode.reserve(table.rows.size());
    std::vector<std::pair<qsizetype, Shopper>> valid; // line, the file's values
    valid.reserve(size_t(table.rows.size()));
    const int latestBirthYear = ShopperValidator::latestBirthYear();
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        ImportRow row(table, i, mapping, fileName, &plan.problems);
        Shopper shopper;
        // Every text goes through text(): the export's apostrophes come off, formulas are named.
        shopper.code = row.text(F::Code);
        if (shopper.code.isEmpty())
            row.fail(F::Code, tr("the shopper code is empty"));
        else if (const auto first = firstLineOfCode.constFind(shopper.code); first != firstLineOfCode.cend())
            row.fail(F::Code, tr("the code %1 is already on line %2").arg(shopper.code).arg(first.value()));
        else
            firstLineOfCode.insert(shopper.code, row.line());

        shopper.personal = {row.text(F::Name), row.text(F::Email), row.text(F::Phone), row.text(F::Address),
                            row.text(F::Postcode)};
        shopper.homeCity = row.text(F::City);
        shopper.languages = splitList(row.text(F::Languages));
        shopper.tags = splitList(row.text(F::Tags));
        if (const QString year = row.cell(F::BirthYear); !year.isEmpty()) {
            // A whole birth date is reduced to its year: the year is all the panel keeps.
            if (const auto number = wholeNumber(year))
                shopper.birthYear = *number;
            else if (const auto date = parseDate(year))
                shopper.birthYear = date->year();
            else
                row.fail(F::BirthYear, tr("“%1” is not a year of birth (such as 1987, or a date)").arg(year));
        }
        if (const auto gender = genderOf(row.cell(F::Gender)))
            shopper.gender = *gender;
        else if (!row.cell(F::Gender).isEmpty())
            row.fail(F::Gender, tr("“%1” is not a gender (female, male or other)").arg(row.cell(F::Gender)));
        if (const auto status = statusOf(row.cell(F::Status)))
            shopper.status = *status;
        else if (!row.cell(F::Status).isEmpty())
            row.fail(F::Status, tr("“%1” is not a status (active, paused or blocked)").arg(row.cell(F::Status)));
        if (const auto coordinates = row.coordinates(F::Latitude, F::Longitude, options.decimalComma);
            coordinates && coordinates->given) {
            shopper.latitude = coordinates->latitude;
            shopper.longitude = coordinates->longitude;
        }
        for (const auto& [field, value] : {std::pair{F::CapacityPerWave, &shopper.capacityPerWave},
                                           std::pair{F::CapacityPerDay, &shopper.capacityPerDay}}) {
            const QString text = row.cell(field);
            if (text.isEmpty())
                continue; // the default
            if (const auto number = wholeNumber(text))
                *value = *number;
            else
                row.fail(field, tr("“%1” is not a whole number of visits").arg(text));
        }
        if (const QString rating = row.cell(F::Rating); !rating.isEmpty()) {
            if (const auto number = ImportRow::number(rating, options.decimalComma))
                shopper.rating = *number;
            else
                row.fail(F::Rating, tr("“%1” is not a rating (a number from 0 to 5%2)")
                                        .arg(rating, options.decimalComma ? tr(", with a decimal comma") : QString()));
        }
        if (const QString joined = row.cell(F::Joined); !joined.isEmpty()) {
            if (const auto date = parseDate(joined))
                shopper.joinedOn = *date;
            else
                row.fail(F::Joined, tr("“%1” is not a date (2024-03-01 or 01.03.2024)").arg(joined));
        }
        if (const QString periods = row.cell(F::Unavailable); !periods.isEmpty()) {
            if (const auto read = parsePeriods(periods))
                shopper.unavailable = *read;
            else
                row.fail(F::Unavailable, tr("“%1” is not a list of periods (2026-07-01..2026-07-14, 2026-12-24)").arg(periods));
        }
        for (const QString& code : splitList(row.text(F::ConflictLocations))) {
            if (locations.contains(code))
                shopper.conflicts.append({code, QString(), QString()});
            else
                row.fail(F::ConflictLocations, tr("there is no location %1 in the programme").arg(code));
        }
        for (const QString& brand : splitList(row.text(F::ConflictBrands)))
            shopper.conflicts.append({QString(), brand, QString()});

        // The value checks of the form, at this row's columns. A cell that could not be read left
        // its field at the default, which passes, so nothing is named twice.
        shopper.tidy();
        for (const ShopperValidator::Problem& problem : ShopperValidator::check(shopper, latestBirthYear))
            if (problem.field != F::Code || !shopper.code.isEmpty())
                row.fail(problem.field, problem.message);
        if (row.isValid())
            valid.emplace_back(row.line(), std::move(shopper));
    }
    if (table.rows.isEmpty())
        plan.problems.append({CsvProblem::Severity::Warning, fileName, 0, 0, tr("the file holds no shoppers")});

    // The shoppers the file updates, as they are, so that unchanged ones are left alone.
    QList<qint64> ids;
    for (const auto& [line, shopper] : valid)
        if (const auto it = existing.constFind(shopper.code); it != existing.cend())
            ids << it.value();
    QHash<qint64, ShopperStore::Stored> current;
    QString error;
    if (!ShopperStore::loadMany(db, ids, &current, &error)) {
        plan.problems.append({CsvProblem::Severity::Fatal, fileName, 0, 0, error});
        return plan;
    }
    plan.records.reserve(valid.size());
    for (auto& [line, shopper] : valid) {
        const auto id = existing.constFind(shopper.code);
        if (id == existing.cend()) {
            plan.records.push_back({line, std::nullopt, std::move(shopper)});
            ++plan.inserts;
            continue;
        }
        ShopperStore::Stored before = current.take(id.value());
        Shopper was = before.shopper;
        was.tidy();
        Shopper after = overlay(was, shopper, mapping);
        if (after == was) {
            ++plan.unchanged;
            continue;
        }
        plan.records.push_back({line, std::move(before), std::move(after)});
        ++plan.updates;
    }
    return plan;
}
