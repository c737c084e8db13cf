#include "LocationsCommand.h"

#include "AreaTableListing.h"
#include "CsvImportCli.h"
#include "VisitHistoryPrinter.h"
#include "commands/LocationCommands.h"
#include "models/AreaTableModel.h"
#include "models/DomainLabels.h"
#include "models/LocationTreeModel.h"
#include "planning/LocationDetails.h"
#include "planning/LocationExport.h"
#include "project/Project.h"
#include "shoppers/VisitHistory.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

#include <cstdio>
#include <functional>

QString LocationsCommand::summary() const
{
    return tr("List, show and browse locations by region; import them from a client's CSV file, or export them.");
}

void LocationsCommand::configure(QCommandLineParser& parser) const
{
    QStringList keys;
    for (int f = 0; f < LocationImport::FieldCount; ++f)
        keys << LocationImport::fieldKey(LocationImport::Field(f));
    parser.setApplicationDescription(
        tr("Locations of a programme.\n\n"
           "  list FILE [--region NAME] [--channel C] [--competitor yes|no] [--active yes|no] [--search TEXT] [--json]\n"
           "  tree FILE [--json]                 country > region > area with the number of locations in each\n"
           "  show FILE CODE [--json]            one location with its opening hours, attributes and visits\n"
           "  import FILE CSV [--dry-run] [--valid-rows] [--map FIELD=COLUMN,...] [--encoding NAME]\n"
           "                  [--delimiter CHAR] [--decimal-comma] [--known-regions-only] [--json]\n"
           "  export FILE [-o OUT.csv] [--delimiter CHAR] [--excel]\n\n"
           "--region takes a region's name (COUNTRY/REGION when two countries have one of that name) or\n"
           "none for the locations without a region. Opening hours travel in the columns hours_mon ...\n"
           "hours_sun, e.g. 09:00-12:00;13:00-18:00 (empty: closed).\n"
           "The encoding (UTF-8, UTF-16, Windows-1252, Windows-1257...), the delimiter and the header are\n"
           "detected; columns are matched by their header names (in English, Swedish, Norwegian, Latvian or\n"
           "Polish) unless --map names them, e.g. --map code=Filiāles kods,name=Nosaukums. Fields: %1.\n"
           "Every problem is listed with its line and column and nothing is written, unless --valid-rows\n"
           "imports the rows without problems. A code that exists is updated, not duplicated.")
            .arg(keys.join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list, tree, show, import or export"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    CsvImportCli::addImportOptions(parser);
    parser.addOption({QStringLiteral("known-regions-only"), tr("Refuse countries, regions and areas the programme lacks.")});
    CsvImportCli::addExportOptions(parser);
    parser.addOption({QStringLiteral("region"), tr("list: only the locations of this region."), tr("NAME")});
    parser.addOption({QStringLiteral("channel"), tr("list: only this channel (visit, call, email, web, social, audit)."), tr("C")});
    parser.addOption({QStringLiteral("competitor"), tr("list: yes for competitors' locations only, no for own ones."), tr("yes|no")});
    parser.addOption({QStringLiteral("active"), tr("list: yes for active locations only, no for inactive ones."), tr("yes|no")});
    parser.addOption({QStringLiteral("search"), tr("list: only locations whose code, name, city or brand contains TEXT."), tr("TEXT")});
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
}

int LocationsCommand::run(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    if (action == QLatin1String("import") && arguments.size() == 3)
        return importFile(parser, arguments.at(1), arguments.at(2));
    if (action == QLatin1String("export") && arguments.size() == 2)
        return exportFile(parser, arguments.at(1));
    if (action == QLatin1String("list") && arguments.size() == 2)
        return list(parser, arguments.at(1));
    if (action == QLatin1String("tree") && arguments.size() == 2)
        return tree(parser, arguments.at(1));
    if (action == QLatin1String("show") && arguments.size() == 3)
        return show(parser, arguments.at(1), arguments.at(2));
    return fail(tr("locations: expected 'list FILE', 'tree FILE', 'show FILE CODE', 'import FILE CSV' or 'export FILE' "
                   "(see 'shopscope-cli locations --help')"),
                UsageError);
}

int LocationsCommand::importFile(const QCommandLineParser& parser, const QString& file, const QString& csv)
{
    int exitCode = Failure;
    const auto read = CsvImportCli::read(parser, csv, LocationImport::fields(), tr("locations import"), &exitCode);
    if (!read)
        return exitCode;
    auto project = CsvImportCli::openProject(parser, file, &exitCode);
    if (!project)
        return exitCode;
    LocationImport::Options options;
    options.decimalComma = CsvImportCli::decimalComma(parser, *read);
    options.createMissingRegions = !parser.isSet(QStringLiteral("known-regions-only"));
    const LocationImport::Plan plan = LocationImport::plan(project->database(), read->table, read->mapping, options, read->shown);
    CsvImportCli::Outcome outcome{read->problems + plan.problems, plan.inserts, plan.updates};
    outcome.details.insert(QStringLiteral("new_geography"), QJsonArray::fromStringList(plan.newGeography));
    if (!CsvImportCli::isDryRun(parser)) {
        outcome.refused = !Command::importLocations(project.get(), plan, read->shown, CsvImportCli::validRowsOnly(parser),
                                                    &outcome.refusal);
        outcome.written = !outcome.refused;
    }
    return CsvImportCli::report(parser, *read, LocationImport::fields(), outcome, tr("locations import"));
}

int LocationsCommand::exportFile(const QCommandLineParser& parser, const QString& file)
{
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);
    QString message;
    const QList<QStringList> rows = LocationExport::rows(project->database(), &message);
    if (rows.isEmpty())
        return fail(message);
    return CsvImportCli::writeRows(parser, rows, parser.value(QStringLiteral("output")), tr("locations export"),
                                   [](int count, const QString& path) {
                                       return tr("Exported %n location(s) to %1", nullptr, count).arg(path);
                                   });
}

namespace {
// The region a --region NAME means: its id, 0 for none; an empty optional (and *problem) when
// the file has no such region or two countries have one of that name.
std::optional<qint64> regionNamed(const QSqlDatabase& db, const QString& name, QString* problem)
{
    QSqlQuery query(QStringLiteral("SELECT r.id, c.name, r.name FROM geo_unit r JOIN geo_unit c ON c.id = r.parent_id "
                                   "WHERE r.level = 'region' ORDER BY c.name"),
                    db);
    const QString country = name.contains(QLatin1Char('/')) ? name.section(QLatin1Char('/'), 0, 0).trimmed() : QString();
    const QString region = name.contains(QLatin1Char('/')) ? name.section(QLatin1Char('/'), 1).trimmed() : name.trimmed();
    QList<qint64> ids;
    QStringList countries;
    while (query.next()) {
        if (query.value(2).toString().compare(region, Qt::CaseInsensitive) != 0)
            continue;
        if (!country.isEmpty() && query.value(1).toString().compare(country, Qt::CaseInsensitive) != 0)
            continue;
        ids << query.value(0).toLongLong();
        countries << query.value(1).toString();
    }
    if (ids.size() == 1)
        return ids.first();
    if (ids.isEmpty() && name.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return 0;
    *problem = ids.isEmpty() ? LocationsCommand::tr("there is no region “%1”").arg(name)
                             : LocationsCommand::tr("“%1” is a region of %2; write COUNTRY/%1")
                                   .arg(region, countries.join(LocationsCommand::tr(" and ")));
    return std::nullopt;
}

std::optional<int> yesNo(const QString& text)
{
    if (text == QLatin1String("yes"))
        return 1;
    if (text == QLatin1String("no"))
        return 0;
    return std::nullopt;
}

// A column of text output, padded (a long name is cut so the columns stay aligned).
} // namespace

int LocationsCommand::list(const QCommandLineParser& parser, const QString& file)
{
    // Arguments are checked before the file is opened.
    QVariantHash filters;
    if (parser.isSet(QStringLiteral("channel"))) {
        const QString channel = parser.value(QStringLiteral("channel"));
        static const QStringList channels = {QStringLiteral("visit"), QStringLiteral("call"), QStringLiteral("email"),
                                             QStringLiteral("web"),   QStringLiteral("social"), QStringLiteral("audit")};
        if (!channels.contains(channel))
            return fail(tr("locations list: --channel must be visit, call, email, web, social or audit, not “%1”").arg(channel),
                        UsageError);
        filters.insert(QStringLiteral("channel"), channel);
    }
    for (const char* flag : {"competitor", "active"}) {
        const QString name = QString::fromLatin1(flag);
        if (!parser.isSet(name))
            continue;
        const auto value = yesNo(parser.value(name));
        if (!value)
            return fail(tr("locations list: --%1 must be yes or no, not “%2”").arg(name, parser.value(name)), UsageError);
        filters.insert(name, *value);
    }
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);
    if (parser.isSet(QStringLiteral("region"))) {
        QString problem;
        const auto region = regionNamed(project->database(), parser.value(QStringLiteral("region")), &problem);
        if (!region)
            return fail(tr("locations list: %1: %2").arg(QDir::toNativeSeparators(file), problem));
        filters.insert(QStringLiteral("region"), *region);
    }

    // The same model as the window's table: the same search, the same filters, the same order.
    AreaTableModel model(AreaTables::Locations);
    QString failure;
    if (!AreaTableListing::load(&model, project->database(), parser.value(QStringLiteral("search")), filters, &failure))
        return fail(tr("locations list: %1: %2").arg(QDir::toNativeSeparators(file), failure));
    const QStringList keys = model.spec().keys;
    const qint64 total = model.totalRowCount();
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(AreaTableListing::answer(model, file, QStringLiteral("locations"), AreaTableListing::json(model)));
        return Success;
    }
    QString text;
    auto at = [&keys](const char* key) { return int(keys.indexOf(QLatin1String(key))); };
    const int code = at("code");
    const int name = at("name");
    const int channel = at("channel");
    const int city = at("city");
    const int region = at("region");
    const int country = at("country");
    const int competitor = at("competitor");
    const int active = at("active");
    for (int row = 0; row < model.rowCount(); ++row) {
        auto cell = [&](int c) { return model.index(row, c).data().toString(); };
        QStringList notes;
        if (model.index(row, competitor).data(Qt::EditRole).toInt())
            notes << tr("competitor");
        if (!model.index(row, active).data(Qt::EditRole).toInt())
            notes << tr("inactive");
        const QString line = column(cell(code), 12) + column(cell(name), 36) + column(cell(channel), 8) + column(cell(city), 16)
                             + column(cell(region), 20) + column(cell(country), 12) + notes.join(QStringLiteral(", "));
        text += line.trimmed() + QLatin1Char('\n');
    }
    text += tr("%1 of %n location(s)", nullptr, int(total)).arg(model.rowCount());
    print(text);
    return Success;
}

int LocationsCommand::tree(const QCommandLineParser& parser, const QString& file)
{
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);
    LocationTreeModel model;
    QString failure;
    QObject::connect(&model, &LocationTreeModel::failed, [&failure](const QString& message) { failure = message; });
    model.setDatabase(project->database());
    if (!failure.isEmpty())
        return fail(tr("locations tree: %1: %2").arg(QDir::toNativeSeparators(file), failure));
    // The geography only: locations are not fetched, so their nodes never appear here.
    const QLocale locale;
    QString text;
    std::function<QJsonArray(const QModelIndex&, int)> walk = [&](const QModelIndex& parent, int depth) {
        QJsonArray nodes;
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            const auto kind = LocationTreeModel::Kind(index.data(LocationTreeModel::KindRole).toInt());
            if (kind == LocationTreeModel::Location)
                continue;
            const qint64 count = model.index(row, LocationTreeModel::CountColumn, parent).data().toLongLong();
            const QString name = QString(depth * 2, QLatin1Char(' ')) + index.data().toString();
            text += name.leftJustified(40) + QLatin1Char(' ')
                    + locale.toString(count).rightJustified(8) + QLatin1Char('\n');
            nodes.append(QJsonObject{{QStringLiteral("name"), index.data().toString()},
                                     {QStringLiteral("level"), LocationTreeModel::levelKey(kind)},
                                     {QStringLiteral("locations"), count},
                                     {QStringLiteral("children"), walk(index, depth + 1)}});
        }
        return nodes;
    };
    const QJsonArray nodes = walk(QModelIndex(), 0);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("file"), QDir::toNativeSeparators(file)},
                   {QStringLiteral("locations"), model.totalCount()},
                   {QStringLiteral("nodes"), nodes}});
        return Success;
    }
    text += tr("%n location(s) in all", nullptr, int(model.totalCount()));
    print(text);
    return Success;
}

int LocationsCommand::show(const QCommandLineParser& parser, const QString& file, const QString& code)
{
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);
    QString problem;
    const auto details = LocationDetails::load(project->database(), code, &problem);
    const auto history = details ? VisitHistory::forLocation(project->database(), code, &problem) : std::nullopt;
    if (!details || !history)
        return fail(tr("locations show: %1: %2").arg(QDir::toNativeSeparators(file), problem));
    using F = LocationImport::Field;
    const F shown[] = {F::Code,      F::Name,      F::Channel,      F::Brand,      F::Country,   F::Region,
                       F::Area,      F::Address,   F::Postcode,     F::City,       F::Latitude,  F::Longitude,
                       F::StaffCount, F::SizeClass, F::ManagerEmail, F::Competitor, F::Active};
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json;
        for (F field : shown) {
            const QString key = LocationImport::fieldKey(field);
            json.insert(key, QJsonValue::fromVariant(details->values.value(key)));
        }
        QJsonObject hours;
        for (int weekday = 1; weekday <= 7; ++weekday) {
            QJsonArray day;
            for (const OpeningHours::Interval& interval : details->hours[size_t(weekday - 1)])
                day.append(QJsonObject{{QStringLiteral("opens"), interval.opens}, {QStringLiteral("closes"), interval.closes}});
            hours.insert(OpeningHours::weekdayKey(weekday), day);
        }
        json.insert(QStringLiteral("hours"), hours);
        QJsonObject attributes;
        for (const auto& [name, value] : details->attributes)
            attributes.insert(name, value);
        json.insert(QStringLiteral("attributes"), attributes);
        json.insert(QStringLiteral("visits"), VisitHistoryPrinter::json(*history));
        printJson(json);
        return Success;
    }
    QString text;
    for (F field : shown) {
        const QVariant value = details->values.value(LocationImport::fieldKey(field));
        QString shownValue = value.toString();
        if (field == F::Competitor || field == F::Active)
            shownValue = value.toBool() ? tr("yes") : tr("no");
        else if (field == F::Channel)
            shownValue = DomainLabels::label(DomainLabels::Channel, shownValue);
        text += column(LocationImport::fieldLabel(field) + QLatin1Char(':'), 16) + shownValue + QLatin1Char('\n');
    }
    text += tr("Opening hours:") + QLatin1Char('\n');
    for (int weekday = 1; weekday <= 7; ++weekday) {
        const OpeningHours::Day& day = details->hours[size_t(weekday - 1)];
        text += QStringLiteral("  ") + column(OpeningHours::weekdayName(weekday), 12)
                + (day.isEmpty() ? tr("closed") : OpeningHours::formatDay(day, OpeningHours::Style::Display)) + QLatin1Char('\n');
    }
    text += tr("Attributes:") + (details->attributes.isEmpty() ? QStringLiteral(" ") + tr("none") : QString()) + QLatin1Char('\n');
    for (const auto& [name, value] : details->attributes)
        text += QStringLiteral("  ") + column(name, 20) + value + QLatin1Char('\n');
    text += VisitHistoryPrinter::text(*history, VisitHistoryPrinter::Of::Location);
    print(text);
    return Success;
}
