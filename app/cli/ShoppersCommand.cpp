#include "ShoppersCommand.h"

#include "AreaTableListing.h"
#include "CsvImportCli.h"
#include "VisitHistoryPrinter.h"
#include "commands/ShopperCommands.h"
#include "models/AreaTableModel.h"
#include "models/DomainLabels.h"
#include "project/Project.h"
#include "shoppers/ShopperExport.h"
#include "shoppers/ShopperImport.h"
#include "shoppers/ShopperStore.h"
#include "shoppers/VisitHistory.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace {
// A column of text output, padded (a long text is cut so the columns stay aligned).

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}
} // namespace

QString ShoppersCommand::summary() const
{
    return tr("List and show the shopper panel with visit histories; import it from a CSV file, or export it.");
}

void ShoppersCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        tr("The shopper panel of a programme.\n\n"
           "  list FILE [--status S] [--city C] [--language L] [--tag T] [--search TEXT] [--json]\n"
           "  show FILE CODE [--json]            one shopper with personal data, availability, conflicts and visits\n"
           "  import FILE CSV [--dry-run] [--valid-rows] [--map FIELD=COLUMN,...] [--encoding NAME]\n"
           "                  [--delimiter CHAR] [--decimal-comma] [--json]\n"
           "  export FILE [OUT.csv] [-o OUT.csv] [--personal] [--delimiter CHAR] [--excel]\n\n"
           "The export leaves personal data (name, e-mail, phone, address, postcode) out unless --personal\n"
           "asks for it: a file with names in it may only go where data protection allows.\n"
           "The encoding, the delimiter and the header are detected; columns are matched by their header\n"
           "names (in English, Swedish, Norwegian, Latvian or Polish) unless --map names them, e.g.\n"
           "--map code=Kods,name=Vārds uzvārds. Fields: %1.\n"
           "Lists (languages, tags, conflicts) are separated by commas; unavailable dates are periods such\n"
           "as 2026-07-01..2026-07-14, 2026-12-24. Every problem is listed with its line and column and\n"
           "nothing is written, unless --valid-rows imports the rows without problems. A code that exists\n"
           "is updated in the columns the file has, not duplicated.")
            .arg(ShopperFields::table().keys().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list, show, import or export"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    CsvImportCli::addImportOptions(parser);
    CsvImportCli::addExportOptions(parser);
    parser.addOption({QStringLiteral("personal"), tr("export: include personal data (name, e-mail, phone, address, postcode).")});
    parser.addOption({QStringLiteral("status"), tr("list: only shoppers with this status (active, paused, blocked)."), tr("S")});
    parser.addOption({QStringLiteral("city"), tr("list: only shoppers living in this city."), tr("C")});
    parser.addOption({QStringLiteral("language"), tr("list: only shoppers speaking this language (a code such as lv)."), tr("L")});
    parser.addOption({QStringLiteral("tag"), tr("list: only shoppers with this tag."), tr("T")});
    parser.addOption({QStringLiteral("search"), tr("list: only shoppers whose code, name, city or e-mail contains TEXT."), tr("TEXT")});
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
}

int ShoppersCommand::run(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    if (action == QLatin1String("import") && arguments.size() == 3)
        return importFile(parser, arguments.at(1), arguments.at(2));
    if (action == QLatin1String("export") && (arguments.size() == 2 || arguments.size() == 3)) {
        if (arguments.size() == 3 && parser.isSet(QStringLiteral("output")))
            return fail(tr("shoppers export: give the output file once, as OUT or with -o"), UsageError);
        return exportFile(parser, arguments.at(1), arguments.size() == 3 ? arguments.at(2) : parser.value(QStringLiteral("output")));
    }
    if (action == QLatin1String("list") && arguments.size() == 2)
        return list(parser, arguments.at(1));
    if (action == QLatin1String("show") && arguments.size() == 3)
        return show(parser, arguments.at(1), arguments.at(2));
    return fail(tr("shoppers: expected 'list FILE', 'show FILE CODE', 'import FILE CSV' or 'export FILE [OUT]' "
                   "(see 'shopscope-cli shoppers --help')"),
                UsageError);
}

int ShoppersCommand::importFile(const QCommandLineParser& parser, const QString& file, const QString& csv)
{
    int exitCode = Failure;
    const auto read = CsvImportCli::read(parser, csv, ShopperFields::table(), tr("shoppers import"), &exitCode);
    if (!read)
        return exitCode;
    auto project = CsvImportCli::openProject(parser, file, &exitCode);
    if (!project)
        return exitCode;
    ShopperImport::Options options;
    options.decimalComma = CsvImportCli::decimalComma(parser, *read);
    const ShopperImport::Plan plan = ShopperImport::plan(project->database(), read->table, read->mapping, options, read->shown);
    CsvImportCli::Outcome outcome{read->problems + plan.problems, plan.inserts, plan.updates, plan.unchanged};
    if (!CsvImportCli::isDryRun(parser)) {
        outcome.refused = !Command::importShoppers(project.get(), plan, read->shown, CsvImportCli::validRowsOnly(parser),
                                                   &outcome.refusal);
        outcome.written = !outcome.refused && !plan.records.empty(); // a file that changes nothing writes nothing
    }
    return CsvImportCli::report(parser, *read, ShopperFields::table(), outcome, tr("shoppers import"));
}

int ShoppersCommand::exportFile(const QCommandLineParser& parser, const QString& file, const QString& output)
{
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);
    QString message;
    const bool personal = parser.isSet(QStringLiteral("personal"));
    const QList<QStringList> rows = ShopperExport::rows(project->database(), personal, &message);
    if (rows.isEmpty())
        return fail(tr("shoppers export: %1: %2").arg(QDir::toNativeSeparators(file), message));
    return CsvImportCli::writeRows(parser, rows, output, tr("shoppers export"), [personal](int count, const QString& path) {
        return personal ? tr("Exported %n shopper(s) to %1, with personal data", nullptr, count).arg(path)
                        : tr("Exported %n shopper(s) to %1, without personal data", nullptr, count).arg(path);
    });
}

int ShoppersCommand::list(const QCommandLineParser& parser, const QString& file)
{
    // Arguments are checked before the file is opened.
    QVariantHash filters;
    if (parser.isSet(QStringLiteral("status"))) {
        const QString status = parser.value(QStringLiteral("status"));
        if (!Shopper::statuses().contains(status))
            return fail(tr("shoppers list: --status must be active, paused or blocked, not “%1”").arg(status), UsageError);
        filters.insert(QStringLiteral("status"), status);
    }
    for (const char* name : {"city", "language", "tag"})
        if (parser.isSet(QString::fromLatin1(name)))
            filters.insert(QString::fromLatin1(name), parser.value(QString::fromLatin1(name)));
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);

    // The same model as the window's table: the same search, the same filters, the same order.
    AreaTableModel model(AreaTables::Shoppers);
    QString failure;
    if (!AreaTableListing::load(&model, project->database(), parser.value(QStringLiteral("search")), filters, &failure))
        return fail(tr("shoppers list: %1: %2").arg(QDir::toNativeSeparators(file), failure));
    const QStringList keys = model.spec().keys;
    const qint64 total = model.totalRowCount();
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonArray rows = AreaTableListing::json(model, {QStringLiteral("languages"), QStringLiteral("tags")});
        printJson(AreaTableListing::answer(model, file, QStringLiteral("shoppers"), rows));
        return Success;
    }
    auto at = [&keys](const char* key) { return int(keys.indexOf(QLatin1String(key))); };
    QString text;
    for (int row = 0; row < model.rowCount(); ++row) {
        auto cell = [&](const char* key) { return model.index(row, at(key)).data().toString(); };
        const QString line = column(cell("code"), 10) + column(cell("name"), 28) + column(cell("city"), 16)
                             + column(cell("languages"), 12) + column(cell("status"), 8) + cell("rating");
        text += line.trimmed() + QLatin1Char('\n');
    }
    text += tr("%1 of %n shopper(s)", nullptr, int(total)).arg(model.rowCount());
    print(text);
    return Success;
}

int ShoppersCommand::show(const QCommandLineParser& parser, const QString& file, const QString& code)
{
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);
    QString problem;
    const auto shopper = ShopperStore::load(project->database(), code, &problem);
    const auto history = shopper ? VisitHistory::forShopper(project->database(), code, &problem) : std::nullopt;
    if (!shopper || !history)
        return fail(tr("shoppers show: %1: %2").arg(QDir::toNativeSeparators(file), problem));
    using F = ShopperFields;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray unavailable;
        for (const Shopper::Period& period : shopper->unavailable)
            unavailable.append(QJsonObject{{QStringLiteral("from"), period.from.toString(Qt::ISODate)},
                                           {QStringLiteral("to"), period.to.toString(Qt::ISODate)}});
        QJsonArray conflicts;
        for (const Shopper::Conflict& conflict : shopper->conflicts)
            conflicts.append(QJsonObject{
                {QStringLiteral("location"), conflict.locationCode.isEmpty() ? QJsonValue() : QJsonValue(conflict.locationCode)},
                {QStringLiteral("brand"), conflict.brand.isEmpty() ? QJsonValue() : QJsonValue(conflict.brand)},
                {QStringLiteral("note"), conflict.note}});
        const Shopper::Personal& personal = shopper->personal;
        printJson({{F::key(F::Code), shopper->code},
                   {QStringLiteral("personal"),
                    QJsonObject{{F::key(F::Name), personal.fullName}, {F::key(F::Email), personal.email},
                                {F::key(F::Phone), personal.phone}, {F::key(F::Address), personal.address},
                                {F::key(F::Postcode), personal.postcode}}},
                   {F::key(F::BirthYear), shopper->birthYear ? QJsonValue(*shopper->birthYear) : QJsonValue()},
                   {F::key(F::Gender), shopper->gender.isEmpty() ? QJsonValue() : QJsonValue(shopper->gender)},
                   {F::key(F::Languages), QJsonArray::fromStringList(shopper->languages)},
                   {F::key(F::Tags), QJsonArray::fromStringList(shopper->tags)},
                   {F::key(F::City), shopper->homeCity},
                   {F::key(F::Latitude), optionalNumber(shopper->latitude)},
                   {F::key(F::Longitude), optionalNumber(shopper->longitude)},
                   {F::key(F::CapacityPerWave), shopper->capacityPerWave},
                   {F::key(F::CapacityPerDay), shopper->capacityPerDay},
                   {F::key(F::Status), shopper->status},
                   {F::key(F::Rating), optionalNumber(shopper->rating)},
                   {F::key(F::Joined), shopper->joinedOn.isValid() ? QJsonValue(shopper->joinedOn.toString(Qt::ISODate)) : QJsonValue()},
                   {F::key(F::Unavailable), unavailable},
                   {QStringLiteral("conflicts"), conflicts},
                   {QStringLiteral("visits"), VisitHistoryPrinter::json(*history)}});
        return Success;
    }
    const QLocale locale;
    auto line = [](F::Field field, const QString& value) -> QString { return column(F::label(field) + QLatin1Char(':'), 18) + value + QLatin1Char('\n'); };
    QString text;
    text += line(F::Code, shopper->code);
    text += line(F::Name, shopper->personal.fullName);
    text += line(F::Email, shopper->personal.email);
    text += line(F::Phone, shopper->personal.phone);
    text += line(F::Address, shopper->personal.address);
    text += line(F::Postcode, shopper->personal.postcode);
    text += line(F::BirthYear, shopper->birthYear ? QString::number(*shopper->birthYear) : QString());
    text += line(F::Gender, DomainLabels::label(DomainLabels::Gender, shopper->gender));
    text += line(F::Languages, ShopperImport::formatList(shopper->languages));
    text += line(F::Tags, ShopperImport::formatList(shopper->tags));
    text += line(F::City, shopper->homeCity);
    text += line(F::Latitude, shopper->latitude ? QString::number(*shopper->latitude) : QString());
    text += line(F::Longitude, shopper->longitude ? QString::number(*shopper->longitude) : QString());
    text += line(F::CapacityPerWave, QString::number(shopper->capacityPerWave));
    text += line(F::CapacityPerDay, QString::number(shopper->capacityPerDay));
    text += line(F::Status, DomainLabels::label(DomainLabels::ShopperStatus, shopper->status));
    text += line(F::Rating, shopper->rating ? locale.toString(*shopper->rating, 'f', 1) : QString());
    text += line(F::Joined, shopper->joinedOn.toString(Qt::ISODate));
    text += line(F::Unavailable, shopper->unavailable.isEmpty() ? tr("never") : ShopperImport::formatPeriods(shopper->unavailable));
    text += tr("Conflicts of interest:") + (shopper->conflicts.isEmpty() ? QStringLiteral(" ") + tr("none") : QString()) + QLatin1Char('\n');
    for (const Shopper::Conflict& conflict : shopper->conflicts)
        text += QStringLiteral("  ")
                + column(conflict.locationCode.isEmpty() ? tr("brand %1").arg(conflict.brand) : tr("location %1").arg(conflict.locationCode), 30)
                + conflict.note + QLatin1Char('\n');
    text += VisitHistoryPrinter::text(*history, VisitHistoryPrinter::Of::Shopper);
    print(text);
    return Success;
}
