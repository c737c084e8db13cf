#include "WavesCommand.h"

#include "commands/WaveCommands.h"
#include "models/DomainLabels.h"
#include "project/Project.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

QString WavesCommand::summary() const
{
    return tr("List waves, create one or a series, change a wave's status.");
}

void WavesCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        tr("Waves: the fieldwork periods of a programme.\n\n"
           "  list FILE [--json]\n"
           "  create FILE --series monthly|quarterly|weekly|days --start YYYY-MM-DD --count N [--days N]\n"
           "  create FILE --code CODE --name NAME --start YYYY-MM-DD --end YYYY-MM-DD\n"
           "  status FILE CODE planning|fieldwork|closed|reported\n\n"
           "A series of monthly waves starting 2027-01-15 covers whole months from January; codes say the\n"
           "period (W2027-01, W2027-Q1, W2027-W03). A wave moves one status step at a time."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list, create or status"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
    parser.addOption({QStringLiteral("series"), tr("monthly, quarterly, weekly or days."), tr("KIND")});
    parser.addOption({QStringLiteral("start"), tr("The first day (or a day in the first period)."), tr("DATE")});
    parser.addOption({QStringLiteral("end"), tr("The last day of a single wave."), tr("DATE")});
    parser.addOption({QStringLiteral("count"), tr("How many waves the series has."), tr("N")});
    parser.addOption({QStringLiteral("days"), tr("The length of each wave of a 'days' series."), tr("N")});
    parser.addOption({QStringLiteral("code"), tr("The code of a single wave."), tr("CODE")});
    parser.addOption({QStringLiteral("name"), tr("The name of a single wave."), tr("NAME")});
}

int WavesCommand::run(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    if (action == QLatin1String("list") && arguments.size() == 2)
        return list(parser, arguments.at(1));
    if (action == QLatin1String("create") && arguments.size() == 2)
        return create(parser, arguments.at(1));
    if (action == QLatin1String("status") && arguments.size() == 4)
        return status(arguments);
    return fail(tr("waves: expected list FILE, create FILE ..., or status FILE CODE STATUS (see 'shopscope-cli waves --help')"),
                UsageError);
}

int WavesCommand::list(const QCommandLineParser& parser, const QString& file)
{
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);
    QSqlQuery query(QStringLiteral("SELECT w.code, w.name, w.starts_on, w.ends_on, w.status, "
                                   "(SELECT count(*) FROM visit v WHERE v.wave_id = w.id) FROM wave w ORDER BY w.starts_on, w.code"),
                    project->database());
    QJsonArray waves;
    QString text;
    while (query.next()) {
        waves.append(QJsonObject{{QStringLiteral("code"), query.value(0).toString()},
                                 {QStringLiteral("name"), query.value(1).toString()},
                                 {QStringLiteral("starts"), query.value(2).toString()},
                                 {QStringLiteral("ends"), query.value(3).toString()},
                                 {QStringLiteral("status"), query.value(4).toString()},
                                 {QStringLiteral("visits"), query.value(5).toLongLong()}});
        text += QStringLiteral("%1  %2 – %3  %4  %5  %6\n")
                    .arg(query.value(0).toString(), -12)
                    .arg(query.value(2).toString(), query.value(3).toString())
                    .arg(DomainLabels::label(DomainLabels::WaveStatus, query.value(4).toString()), -10)
                    .arg(tr("%n visit(s)", nullptr, query.value(5).toInt()), -12)
                    .arg(query.value(1).toString());
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("waves"), waves}});
    else
        print(text.isEmpty() ? tr("No waves yet. Create some: shopscope-cli waves create FILE --series monthly "
                                  "--start 2027-01-01 --count 12")
                             : text);
    return Success;
}

int WavesCommand::create(const QCommandLineParser& parser, const QString& file)
{
    auto date = [&](const char* option, QDate* out) {
        const QString text = parser.value(QString::fromLatin1(option));
        *out = QDate::fromString(text, Qt::ISODate);
        if (out->isValid())
            return true;
        fail(tr("waves create: --%1 must be a date like 2027-01-01, not “%2”").arg(QLatin1String(option), text), UsageError);
        return false;
    };
    std::vector<WaveSeries::Wave> waves;
    if (parser.isSet(QStringLiteral("series"))) {
        WaveSeries series;
        const auto frequency = WaveSeries::frequencyFromName(parser.value(QStringLiteral("series")));
        if (!frequency)
            return fail(tr("waves create: --series must be monthly, quarterly, weekly or days, not “%1”")
                            .arg(parser.value(QStringLiteral("series"))),
                        UsageError);
        series.frequency = *frequency;
        if (!date("start", &series.start))
            return UsageError;
        bool ok = false;
        series.count = parser.value(QStringLiteral("count")).toInt(&ok);
        if (!ok)
            return fail(tr("waves create: --count must be a whole number"), UsageError);
        if (parser.isSet(QStringLiteral("days"))) {
            series.days = parser.value(QStringLiteral("days")).toInt(&ok);
            if (!ok)
                return fail(tr("waves create: --days must be a whole number"), UsageError);
        }
        QString problem;
        waves = series.waves(&problem);
        if (waves.empty())
            return fail(tr("waves create: %1").arg(problem), UsageError);
    } else {
        WaveSeries::Wave wave;
        wave.code = parser.value(QStringLiteral("code")).trimmed();
        wave.name = parser.value(QStringLiteral("name")).trimmed();
        if (wave.code.isEmpty() || wave.name.isEmpty())
            return fail(tr("waves create: give --series ... or --code, --name, --start and --end"), UsageError);
        if (!date("start", &wave.starts) || !date("end", &wave.ends))
            return UsageError;
        waves.push_back(wave);
    }
    ProjectError error;
    auto project = Project::open(file, Project::Mode::ReadWrite, &error);
    if (!project)
        return fail(error.message);
    QString message;
    if (!Command::addWaves(project.get(), waves, &message))
        return fail(tr("waves create: nothing created: %1").arg(message));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray codes;
        for (const auto& wave : waves)
            codes.append(wave.code);
        printJson({{QStringLiteral("created"), codes}});
    } else {
        print(tr("Created %n wave(s): %1 … %2", nullptr, int(waves.size())).arg(waves.front().code, waves.back().code));
    }
    return Success;
}

int WavesCommand::status(const QStringList& arguments)
{
    ProjectError error;
    auto project = Project::open(arguments.at(1), Project::Mode::ReadWrite, &error);
    if (!project)
        return fail(error.message);
    QString message;
    if (!Command::setWaveStatus(project.get(), arguments.at(2), arguments.at(3), &message))
        return fail(message);
    print(tr("Wave %1 is now %2").arg(arguments.at(2), DomainLabels::label(DomainLabels::WaveStatus, arguments.at(3)).toLower()));
    return Success;
}
