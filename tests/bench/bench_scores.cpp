// The scored results store on the large demo programme: a full rescoring (on a copy of the
// file), the check's fresh rescoring without writing, and the aggregations a chart needs, each
// run several times on a warm file (the best and the median time). Prints one JSON object;
// tools/bench-scores.sh runs it beside the same aggregations done with pandas.
//   bench_scores --file build/bench/large.shopscope [--runs 5] [--wave W2026-10]
#include "BenchFile.h"
#include "project/Project.h"
#include "results/ResultsAggregator.h"
#include "results/ScoreStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

namespace {

QString option(int argc, char** argv, const char* name, const QString& fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return QString::fromLocal8Bit(argv[i + 1]);
    return fallback;
}

// Runs work `runs` times; the best and the median in milliseconds.
QJsonObject timed(int runs, const std::function<qint64()>& work)
{
    std::vector<double> times;
    qint64 size = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        size = work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return { { QStringLiteral("best_ms"), times.front() },
             { QStringLiteral("median_ms"), times[times.size() / 2] },
             { QStringLiteral("cells"), size } };
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QString file = benchFile(argc, argv);
    if (file.isEmpty())
        return 2;
    const int runs = std::max(1, option(argc, argv, "--runs", QStringLiteral("5")).toInt());
    const QString wave = option(argc, argv, "--wave", QStringLiteral("W2026-10"));
    QJsonObject result { { QStringLiteral("file"), file } };

    // A full rescoring, written in one transaction, on a copy (the file itself stays as it was).
    {
        QTemporaryDir folder(QFileInfo(file).absolutePath() + QStringLiteral("/bench-scores-XXXXXX"));
        const QString copy = folder.filePath(QStringLiteral("rescore.shopscope"));
        if (!QFile::copy(file, copy)) {
            std::fprintf(stderr, "cannot copy %s\n", qPrintable(file));
            return 1;
        }
        ProjectError error;
        auto project = Project::open(copy, Project::Mode::ReadWrite, &error);
        if (!project) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
        ScoreStore::Counts counts;
        QElapsedTimer timer;
        timer.start();
        const QString now = ScoreStore::now();
        if (!project->write([&](const QSqlDatabase& db,
                                QString* why) { return ScoreStore::rescoreAll(db, now, &counts, why); },
                            &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
        result.insert(QStringLiteral("rescore"),
                      QJsonObject { { QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0 },
                                    { QStringLiteral("reports"), counts.responses },
                                    { QStringLiteral("section_scores"), counts.sections },
                                    { QStringLiteral("question_scores"), counts.questions } });
        timer.restart();
        QString why;
        const auto comparison = ScoreStore::compare(project->database(), 5, &why);
        result.insert(
            QStringLiteral("compare"),
            QJsonObject { { QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0 },
                          { QStringLiteral("differing"), comparison ? comparison->differing : -1 } });
    }

    ProjectError error;
    auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    using D = ResultsQuery::Dimension;
    struct Case
    {
        const char* name;
        ResultsQuery query;
    };
    auto make = [&](ResultsQuery::Measure measure, QList<D> by, bool oneWave) {
        ResultsQuery query;
        query.measure = measure;
        query.by = by;
        if (oneWave)
            query.filters[D::Wave] = QStringList { wave };
        return query;
    };
    const std::vector<Case> cases = {
        { "mean_by_wave_region", make(ResultsQuery::Measure::Mean, { D::Wave, D::Region }, false) },
        { "mean_by_section_one_wave", make(ResultsQuery::Measure::Mean, { D::Section }, true) },
        { "yes_share_by_question_one_wave", make(ResultsQuery::Measure::YesShare, { D::Question }, true) },
        { "nps_by_wave", make(ResultsQuery::Measure::Nps, { D::Wave }, false) },
        { "mean_by_question_one_wave", make(ResultsQuery::Measure::Mean, { D::Question }, true) },
        { "mean_by_wave_section", make(ResultsQuery::Measure::Mean, { D::Wave, D::Section }, false) },
        { "yes_share_by_wave_question",
          make(ResultsQuery::Measure::YesShare, { D::Wave, D::Question }, false) },
        { "distribution_by_wave_band", make(ResultsQuery::Measure::Distribution, { D::Wave }, false) },
    };
    QJsonObject aggregations;
    for (const Case& own : cases) {
        aggregations.insert(QLatin1String(own.name), timed(runs, [&] {
                                QString why;
                                const auto table
                                    = ResultsAggregator::aggregate(project->database(), own.query, &why);
                                if (!table) {
                                    std::fprintf(stderr, "%s: %s\n", own.name, qPrintable(why));
                                    std::exit(1);
                                }
                                return qint64(table->cells.size());
                            }));
    }
    result.insert(QStringLiteral("aggregations"), aggregations);
    std::printf("%s", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
