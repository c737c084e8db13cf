#include "ScoresCommand.h"

#include "io/CsvWriter.h"
#include "project/Project.h"
#include "results/ResultsAggregator.h"
#include "results/ScoreStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>
#include <cstdio>

QString ScoresCommand::summary() const
{
    return tr(
        "Results from the stored scores: mean scores, shares of yes, NPS and distributions by any grouping, "
        "with margins of error; rescore every report.");
}

void ScoresCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(tr(
        "The scored results store (docs/results.md).\n\n"
        "  scores FILE [--by DIMENSIONS] [--wave NAME] [--filter DIMENSION=VALUE]... [--measure MEASURE]\n"
        "              [--include-pending] [--confidence 90|95|99] [--format csv|json]\n"
        "  scores rescore FILE [--json]\n\n"
        "Dimensions: wave, country, region, area, location, channel, scenario, competitor, brand, staff, section,\n"
        "question. Measures: mean (the mean visit score; of each section with section, of each question "
        "with\n"
        "question), yes (the share of yes among yes and no answers of each yes/no question), nps (promoters "
        "9-10\n"
        "minus detractors 0-6 of each NPS question, in points), distribution (answers per option or scale "
        "point\n"
        "with question, else scores per score band). Every value comes with its base n, its margin of error "
        "and\n"
        "the small-base flag (n below the programme's small-base threshold). Only approved reports count;\n"
        "--include-pending adds the submitted ones. Filter values are codes or names; repeat --filter for "
        "more\n"
        "dimensions, give one dimension several times for any of its values. rescore replaces every stored "
        "score\n"
        "by a fresh scoring of the answers (one transaction). Example:\n"
        "  scores demo.shopscope --by wave,region --measure mean --filter channel=visit --format json"));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The project file (after rescore for a rescoring)."));
    parser.addOption({ QStringLiteral("by"),
                       tr("Group by these dimensions, comma-separated (default: none)."), tr("LIST") });
    parser.addOption({ QStringLiteral("wave"),
                       tr("Only this wave (its code or name); the same as --filter wave=NAME."),
                       tr("NAME") });
    parser.addOption({ QStringLiteral("filter"),
                       tr("Only reports of this value of a dimension, e.g. region=Rīga (repeatable)."),
                       tr("DIMENSION=VALUE") });
    parser.addOption(
        { QStringLiteral("measure"), tr("mean (default), yes, nps or distribution."), tr("MEASURE") });
    parser.addOption(
        { QStringLiteral("include-pending"), tr("Count submitted reports besides approved ones.") });
    parser.addOption({ QStringLiteral("confidence"),
                       tr("The confidence of the margins: 90, 95 (default) or 99."), tr("LEVEL") });
    parser.addOption({ QStringLiteral("format"), tr("csv (default) or json."), tr("FORMAT") });
    parser.addOption({ QStringLiteral("json"), tr("Print JSON (the same as --format json).") });
}

int ScoresCommand::run(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() == 2 && arguments.at(0) == QLatin1String("rescore"))
        return rescore(parser, arguments.at(1));
    if (arguments.size() == 1)
        return aggregate(parser, arguments.at(0));
    return fail(tr("scores: expected FILE [options] or rescore FILE (see 'shopscope-cli scores --help')"),
                UsageError);
}

std::optional<ResultsQuery> ScoresCommand::queryFromArguments(const QCommandLineParser& parser) const
{
    auto usage = [](const QString& message) -> std::optional<ResultsQuery> {
        fail(message, UsageError);
        return std::nullopt;
    };
    ResultsQuery query;
    QString why;
    if (parser.isSet(QStringLiteral("by"))) {
        const auto by = ResultsQuery::parseDimensions(parser.value(QStringLiteral("by")), &why);
        if (!by)
            return usage(tr("scores: --by: %1").arg(why));
        query.by = *by;
    }
    if (parser.isSet(QStringLiteral("measure"))) {
        const auto measure
            = ResultsQuery::measureFromKey(parser.value(QStringLiteral("measure")).trimmed().toLower());
        if (!measure)
            return usage(tr("scores: --measure must be mean, yes, nps or distribution, not “%1”")
                             .arg(parser.value(QStringLiteral("measure"))));
        query.measure = *measure;
    }
    for (const QString& wave : parser.values(QStringLiteral("wave")))
        query.filters[ResultsQuery::Dimension::Wave] << wave;
    for (const QString& filter : parser.values(QStringLiteral("filter"))) {
        const auto parsed = ResultsQuery::parseFilter(filter);
        if (!parsed)
            return usage(
                tr("scores: --filter must look like region=Vidzeme with a dimension of --by, not “%1”")
                    .arg(filter));
        query.filters[parsed->first] << parsed->second;
    }
    query.includePending = parser.isSet(QStringLiteral("include-pending"));
    if (parser.isSet(QStringLiteral("confidence"))) {
        const QString level = parser.value(QStringLiteral("confidence"));
        const auto confidence = ResultsQuery::confidenceFromPercent(level);
        if (!confidence)
            return usage(tr("scores: --confidence must be 90, 95 or 99, not “%1”").arg(level));
        query.confidence = *confidence;
    }
    return query;
}

int ScoresCommand::aggregate(const QCommandLineParser& parser, const QString& file)
{
    const QString format = parser.isSet(QStringLiteral("json"))
        ? QStringLiteral("json")
        : parser.value(QStringLiteral("format")).toLower();
    if (!format.isEmpty() && format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(
            tr("scores: --format must be csv or json, not “%1”").arg(parser.value(QStringLiteral("format"))),
            UsageError);
    const auto query = queryFromArguments(parser);
    if (!query)
        return UsageError;
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);
    QString why;
    ResultsAggregator::Failure failure = ResultsAggregator::Failure::None;
    const auto table = ResultsAggregator::aggregate(project->database(), *query, &why, &failure);
    if (!table)
        return failure == ResultsAggregator::Failure::BadQuery
            ? fail(tr("scores: %1").arg(why), UsageError)
            : fail(tr("%1: %2").arg(QDir::toNativeSeparators(project->filePath()), why));
    if (format == QLatin1String("json")) {
        QJsonObject json = table->toJson();
        json.insert(QStringLiteral("file"), project->filePath());
        printJson(json);
    } else {
        const QByteArray bytes = CsvWriter().toBytes(table->toRows());
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
    }
    return Success;
}

int ScoresCommand::rescore(const QCommandLineParser& parser, const QString& file)
{
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadWrite, &error);
    if (!project)
        return fail(error.message);
    QElapsedTimer timer;
    timer.start();
    ScoreStore::Counts counts;
    const QString computedAt = ScoreStore::now();
    if (!project->write([&](const QSqlDatabase& db,
                            QString* why) { return ScoreStore::rescoreAll(db, computedAt, &counts, why); },
                        &error))
        return fail(error.message);
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (parser.isSet(QStringLiteral("json"))
        || parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        printJson({ { QStringLiteral("file"), project->filePath() },
                    { QStringLiteral("reports"), counts.responses },
                    { QStringLiteral("versions"), counts.versions },
                    { QStringLiteral("section_scores"), counts.sections },
                    { QStringLiteral("question_scores"), counts.questions },
                    { QStringLiteral("seconds"), seconds } });
        return Success;
    }
    const QLocale locale;
    print(tr("Rescored %1: %2 reports of %3 questionnaire version(s), %4 section scores, %5 question scores "
             "in %6 s")
              .arg(QDir::toNativeSeparators(project->filePath()), locale.toString(counts.responses),
                   locale.toString(counts.versions), locale.toString(counts.sections),
                   locale.toString(counts.questions), locale.toString(seconds, 'f', 2)));
    return Success;
}
