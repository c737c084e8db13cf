#include "analysis/ChartBuilder.h"

#include "analysis/DriverAnalysis.h"
#include "project/Project.h"
#include "results/ResultsAggregator.h"
#include "results/ResultsStatistics.h"
#include "support/TestProject.h"

#include <QMap>
#include <QSqlQuery>
#include <algorithm>
#include <array>
#include <cmath>
#include <gtest/gtest.h>
#include <memory>
#include <numeric>
#include <optional>
#include <string>

// The standard charts against the aggregation API over the small demo programme: every
// category, value, base, margin, change and significance a chart shows is the one
// ResultsAggregator (and ResultsStatistics) gives for the same query.

namespace {
using D = ResultsQuery::Dimension;
using M = ResultsQuery::Measure;
using View = ChartViews::View;
using Filters = QMap<D, QStringList>;

// The demo's waves: October is the newest closed one, September the one before it, November is
// still in fieldwork (with its first approved reports) and December is being planned.
QString october()
{
    return QStringLiteral("W2026-10");
}
QString september()
{
    return QStringLiteral("W2026-09");
}
QString november()
{
    return QStringLiteral("W2026-11");
}

// A copy of the demo programme, opened read-only, and a builder loaded from it.
struct Demo
{
    TestFolder folder;
    QString path = folder.demoCopy(QStringLiteral("demo.shopscope"));
    std::unique_ptr<Project> project;
    std::optional<ChartBuilder> builder; // holds a connection: destroyed before the project

    // (Re)opens the file, after tampering with it, say.
    ::testing::AssertionResult open(bool includePending = false)
    {
        builder.reset();
        project.reset();
        ProjectError error;
        project = Project::open(path, Project::Mode::ReadOnly, &error);
        if (!project)
            return ::testing::AssertionFailure() << error.message.toStdString();
        builder.emplace(project->database());
        QString why;
        if (!builder->load(&why, includePending))
            return ::testing::AssertionFailure() << why.toStdString();
        return ::testing::AssertionSuccess();
    }
    void close()
    {
        builder.reset();
        project.reset();
    }

    ResultsTable aggregate(M measure, const QList<D>& by, const Filters& filters) const
    {
        ResultsQuery query;
        query.measure = measure;
        query.by = by;
        query.filters = filters;
        QString error;
        const auto table = ResultsAggregator::aggregate(project->database(), query, &error);
        EXPECT_TRUE(table) << error.toStdString();
        return table.value_or(ResultsTable());
    }
    ResultsReports reports(const QList<D>& by, const Filters& filters) const
    {
        ResultsQuery query;
        query.by = by;
        query.filters = filters;
        QString error;
        const auto reports = ResultsAggregator::reports(project->database(), query, &error);
        EXPECT_TRUE(reports) << error.toStdString();
        return reports.value_or(ResultsReports());
    }
    ChartData build(const ChartRequest& request) const
    {
        QString error;
        const auto chart = builder->build(request, &error);
        EXPECT_TRUE(chart) << error.toStdString();
        return chart.value_or(ChartData());
    }
};

ChartRequest request(View view, const QString& wave = october(), std::optional<D> per = std::nullopt,
                     const Filters& filters = {})
{
    ChartRequest own;
    own.view = view;
    own.wave = wave;
    own.per = per;
    own.filters = filters;
    return own;
}

Filters waveFilter(const QString& wave)
{
    return { { D::Wave, { wave } } };
}

// The cells of a one-dimensional table by the code of their key.
QMap<QString, const ResultsTable::Cell*> byCode(const ResultsTable& table)
{
    QMap<QString, const ResultsTable::Cell*> cells;
    for (const ResultsTable::Cell& cell : table.cells)
        cells.insert(table.key(cell, 0).code, &cell);
    return cells;
}

QStringList codes(const std::vector<ResultsTable::Key>& keys)
{
    QStringList own;
    for (const ResultsTable::Key& key : keys)
        own << key.code;
    return own;
}

void expectSame(const std::optional<double>& shown, const std::optional<double>& expected,
                const std::string& what)
{
    ASSERT_EQ(shown.has_value(), expected.has_value()) << what;
    if (shown) {
        EXPECT_NEAR(*shown, *expected, 1e-9) << what;
    }
}

std::optional<double> onTheScale(const std::optional<double>& value)
{
    return value ? std::optional<double>(std::clamp(*value, 0.0, 100.0)) : std::nullopt;
}

// A chart's point shows the aggregator's cell: value, base, margin (drawn within 0-100, where a
// score lies, though t·sd/√n may reach past it) and small-base flag.
void expectPointIsCell(const ChartData::Point& point, const ResultsTable::Cell& cell, const QString& where,
                       bool score = true)
{
    const std::string at = where.toStdString();
    expectSame(point.value, cell.value, at + ": value");
    EXPECT_EQ(point.n, cell.n) << at;
    expectSame(point.low, score ? onTheScale(cell.low) : cell.low, at + ": low");
    expectSame(point.high, score ? onTheScale(cell.high) : cell.high, at + ": high");
    EXPECT_EQ(point.smallBase, cell.smallBase) << at;
}

// Welch's test of the later mean score against the earlier, as the statistics module gives it.
bool meanChangeIsSignificant(const ResultsTable::Cell& earlier, const ResultsTable::Cell& later)
{
    const auto change = ResultsStatistics::meanChange(*earlier.value, earlier.sd.value_or(0), earlier.n,
                                                      *later.value, later.sd.value_or(0), later.n, 0.95);
    return change && change->significant;
}

} // namespace

TEST(ChartBuilder, ByRegionIsTheMeanByRegionBestFirstWithTheChangeSinceThePreviousWave)
{
    Demo demo;
    ASSERT_TRUE(demo.open());
    const ChartData chart = demo.build(request(View::ByLocation));
    EXPECT_EQ(chart.kind, ChartData::Kind::Bars);
    EXPECT_EQ(chart.categoryDimension, D::Region);
    const ResultsTable now = demo.aggregate(M::Mean, { D::Region }, waveFilter(october()));
    const ResultsTable before = demo.aggregate(M::Mean, { D::Region }, waveFilter(september()));
    const auto cellsNow = byCode(now);
    const auto cellsBefore = byCode(before);
    ASSERT_EQ(chart.series.size(), 1u);
    const std::vector<ChartData::Point>& points = chart.series[0].points;
    ASSERT_EQ(qsizetype(chart.categories.size()), now.cells.size());
    ASSERT_EQ(points.size(), chart.categories.size());
    int changes = 0;
    int tested = 0;
    for (size_t i = 0; i < points.size(); ++i) {
        const QString region = chart.categories[i].code;
        ASSERT_TRUE(cellsNow.contains(region)) << region.toStdString();
        const ResultsTable::Cell& cell = *cellsNow.value(region);
        EXPECT_EQ(chart.categories[i].label, now.key(cell, 0).label);
        expectPointIsCell(points[i], cell, region);
        if (i > 0) {
            EXPECT_GE(points[i - 1].value.value_or(-1), points[i].value.value_or(-1))
                << "best first, at " << i;
        }
        const ResultsTable::Cell* earlier = cellsBefore.value(region);
        if (!earlier || !earlier->value || !cell.value) {
            EXPECT_FALSE(points[i].change) << region.toStdString();
            continue;
        }
        ASSERT_TRUE(points[i].change) << region.toStdString();
        EXPECT_NEAR(*points[i].change, *cell.value - *earlier->value, 1e-9) << region.toStdString();
        EXPECT_EQ(points[i].significant, meanChangeIsSignificant(*earlier, cell)) << region.toStdString();
        ++changes;
        tested += earlier->n >= 2 && cell.n >= 2 ? 1 : 0;
    }
    EXPECT_GT(changes, 10);
    EXPECT_GT(tested, 5) << "some regions have two visits or more in both waves";
}

TEST(ChartBuilder, SectionsInFormOrderBesideThePreviousWave)
{
    Demo demo;
    ASSERT_TRUE(demo.open());
    const ChartData chart = demo.build(request(View::Sections));
    EXPECT_EQ(chart.kind, ChartData::Kind::GroupedBars);
    const ResultsTable now = demo.aggregate(M::Mean, { D::Section }, waveFilter(october()));
    const ResultsTable before = demo.aggregate(M::Mean, { D::Section }, waveFilter(september()));
    EXPECT_EQ(codes(chart.categories),
              (QStringList { QStringLiteral("GRT"), QStringLiteral("NDS"), QStringLiteral("OFR"),
                             QStringLiteral("CLS"), QStringLiteral("PRM") }))
        << "form order; OVR has no scored item";
    EXPECT_EQ(codes(chart.categories), codes(now.keys[0]));
    ASSERT_EQ(chart.series.size(), 2u);
    EXPECT_EQ(chart.series[0].code, october());
    EXPECT_TRUE(chart.series[0].highlighted);
    EXPECT_EQ(chart.series[1].code, september());
    EXPECT_EQ(chart.series[1].name, QStringLiteral("September 2026"));
    const auto cellsNow = byCode(now);
    const auto cellsBefore = byCode(before);
    for (size_t i = 0; i < chart.categories.size(); ++i) {
        const QString section = chart.categories[i].code;
        ASSERT_TRUE(cellsNow.contains(section) && cellsBefore.contains(section)) << section.toStdString();
        const ResultsTable::Cell& cell = *cellsNow.value(section);
        const ResultsTable::Cell& earlier = *cellsBefore.value(section);
        ASSERT_LT(i, chart.series[0].points.size());
        ASSERT_LT(i, chart.series[1].points.size());
        expectPointIsCell(chart.series[0].points[i], cell, section + QStringLiteral(" now"));
        expectPointIsCell(chart.series[1].points[i], earlier, section + QStringLiteral(" before"));
        ASSERT_TRUE(chart.series[0].points[i].change);
        EXPECT_NEAR(*chart.series[0].points[i].change, *cell.value - *earlier.value, 1e-9);
        EXPECT_EQ(chart.series[0].points[i].significant, meanChangeIsSignificant(earlier, cell));
    }
}

TEST(ChartBuilder, ComplianceIsTheShareOfYesPerStandard)
{
    Demo demo;
    ASSERT_TRUE(demo.open());
    const ChartData chart = demo.build(request(View::Compliance));
    EXPECT_EQ(chart.unit, ChartData::Unit::Share);
    EXPECT_EQ(chart.categoryDimension, D::Question);
    const ResultsTable now = demo.aggregate(M::YesShare, { D::Question }, waveFilter(october()));
    const ResultsTable before = demo.aggregate(M::YesShare, { D::Question }, waveFilter(september()));
    const auto cellsBefore = byCode(before);
    ASSERT_EQ(chart.series.size(), 1u);
    ASSERT_EQ(qsizetype(chart.categories.size()), now.cells.size());
    ASSERT_EQ(chart.series[0].points.size(), chart.categories.size());
    EXPECT_GT(chart.categories.size(), 20u);
    for (qsizetype i = 0; i < now.cells.size(); ++i) {
        const ResultsTable::Cell& cell = now.cells[i];
        const QString code = now.key(cell, 0).code;
        const ChartData::Point& point = chart.series[0].points[size_t(i)];
        EXPECT_EQ(chart.categories[size_t(i)].code, code) << "form order";
        expectPointIsCell(point, cell, code);
        const ResultsTable::Cell* earlier = cellsBefore.value(code);
        if (!earlier || !earlier->value || !cell.value)
            continue;
        ASSERT_TRUE(point.change) << code.toStdString();
        EXPECT_NEAR(*point.change, *cell.value - *earlier->value, 1e-9);
        const auto change
            = ResultsStatistics::shareChange(earlier->count, earlier->n, cell.count, cell.n, 0.95);
        EXPECT_EQ(point.significant, change && change->significant) << code.toStdString();
    }
}

TEST(ChartBuilder, TrendHasOnePointPerWaveUpToTheChosenOne)
{
    Demo demo;
    ASSERT_TRUE(demo.open());
    const ChartData chart = demo.build(request(View::Trend));
    EXPECT_EQ(chart.kind, ChartData::Kind::Lines);
    EXPECT_EQ(chart.categoryDimension, D::Wave);
    const ResultsTable waves = demo.aggregate(M::Mean, { D::Wave }, {});
    QStringList expected;
    for (const ResultsTable::Cell& cell : waves.cells) {
        expected << waves.key(cell, 0).code;
        if (expected.last() == october())
            break;
    }
    ASSERT_EQ(expected.size(), 10) << "January to October";
    EXPECT_EQ(codes(chart.categories), expected);
    ASSERT_EQ(chart.series.size(), 1u) << "the whole programme";
    ASSERT_EQ(chart.series[0].points.size(), size_t(expected.size()));
    const auto cells = byCode(waves);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ChartData::Point& point = chart.series[0].points[size_t(i)];
        const ResultsTable::Cell& cell = *cells.value(expected[i]);
        expectPointIsCell(point, cell, expected[i]);
        if (i == 0) {
            EXPECT_FALSE(point.change);
            continue;
        }
        const ResultsTable::Cell& earlier = *cells.value(expected[i - 1]);
        ASSERT_TRUE(point.change) << expected[i].toStdString();
        EXPECT_NEAR(*point.change, *cell.value - *earlier.value, 1e-9);
        EXPECT_EQ(point.significant, meanChangeIsSignificant(earlier, cell)) << expected[i].toStdString();
    }
}

TEST(ChartBuilder, NpsSharesAddUpAndTheLineIsTheAggregatorsNps)
{
    Demo demo;
    ASSERT_TRUE(demo.open());
    // The first NPS question in form order: the aggregator lists NPS questions in that order.
    const ResultsTable all = demo.aggregate(M::Nps, { D::Wave }, waveFilter(october()));
    ASSERT_EQ(all.by, (QList<D> { D::Wave, D::Question }));
    ASSERT_FALSE(all.keys[1].empty());
    const QString question = all.keys[1].front().code;
    EXPECT_EQ(question, QStringLiteral("OVR03"));

    const ChartData chart = demo.build(request(View::Nps));
    EXPECT_EQ(chart.kind, ChartData::Kind::StackedShares);
    ASSERT_EQ(chart.series.size(), 4u);
    EXPECT_EQ(chart.series[0].code, QStringLiteral("detractors"));
    EXPECT_EQ(chart.series[1].code, QStringLiteral("passives"));
    EXPECT_EQ(chart.series[2].code, QStringLiteral("promoters"));
    EXPECT_EQ(chart.series[3].code, QStringLiteral("nps"));
    EXPECT_TRUE(chart.series[3].line);

    Filters filters;
    filters[D::Question] = { question };
    const ResultsTable nps = demo.aggregate(M::Nps, { D::Wave }, filters);
    const auto cells = byCode(nps);
    ASSERT_EQ(chart.categories.size(), 10u) << "January to October";
    EXPECT_EQ(chart.categories.back().code, october());
    for (size_t i = 0; i < chart.categories.size(); ++i) {
        const QString wave = chart.categories[i].code;
        ASSERT_TRUE(cells.contains(wave)) << wave.toStdString();
        const ResultsTable::Cell& cell = *cells.value(wave);
        double total = 0;
        for (size_t s = 0; s < 3; ++s) {
            ASSERT_LT(i, chart.series[s].points.size());
            ASSERT_TRUE(chart.series[s].points[i].value) << wave.toStdString();
            total += *chart.series[s].points[i].value;
        }
        EXPECT_NEAR(total, 100, 1e-9) << wave.toStdString();
        EXPECT_NEAR(*chart.series[2].points[i].value - *chart.series[0].points[i].value, *cell.value, 1e-9)
            << "promoters minus detractors, " << wave.toStdString();
        ASSERT_LT(i, chart.series[3].points.size());
        expectPointIsCell(chart.series[3].points[i], cell, wave, false); // NPS: -100..100
    }
}

TEST(ChartBuilder, BenchmarkShowsTheOwnNetworkFirstThenEachCompetitorBrand)
{
    Demo demo;
    ASSERT_TRUE(demo.open());
    const ChartData chart = demo.build(request(View::Benchmark));
    EXPECT_EQ(chart.kind, ChartData::Kind::GroupedBars);
    const ResultsTable flags = demo.aggregate(M::Mean, { D::Competitor, D::Brand }, waveFilter(october()));
    const ResultsTable brands = demo.aggregate(M::Mean, { D::Brand }, waveFilter(october()));
    const ResultsTable sections = demo.aggregate(M::Mean, { D::Brand, D::Section }, waveFilter(october()));
    QStringList competitors;
    for (const ResultsTable::Cell& cell : flags.cells)
        if (flags.key(cell, 0).code == QLatin1String("yes"))
            competitors << flags.key(cell, 1).code;
    ASSERT_EQ(competitors.size(), 3) << "the demo's three competitor brands";

    ASSERT_EQ(chart.series.size(), size_t(1 + competitors.size()));
    EXPECT_EQ(chart.series[0].code, QStringLiteral("own:Nordbank"));
    EXPECT_TRUE(chart.series[0].highlighted);
    QStringList shown;
    for (size_t s = 1; s < chart.series.size(); ++s) {
        EXPECT_TRUE(chart.series[s].code.startsWith(QStringLiteral("competitor:")))
            << chart.series[s].code.toStdString();
        EXPECT_FALSE(chart.series[s].highlighted);
        shown << chart.series[s].code.mid(11);
    }
    EXPECT_EQ(shown, competitors);

    ASSERT_FALSE(chart.categories.empty());
    EXPECT_TRUE(chart.categories.front().code.isEmpty()) << "the first category is overall";
    const auto overall = byCode(brands);
    std::map<std::pair<QString, QString>, const ResultsTable::Cell*> bySection;
    for (const ResultsTable::Cell& cell : sections.cells)
        bySection[{ sections.key(cell, 0).code, sections.key(cell, 1).code }] = &cell;
    for (const ChartData::Series& series : chart.series) {
        const QString brand = series.code.section(QLatin1Char(':'), 1);
        ASSERT_TRUE(overall.contains(brand)) << brand.toStdString();
        ASSERT_EQ(series.points.size(), chart.categories.size());
        expectPointIsCell(series.points[0], *overall.value(brand), brand + QStringLiteral(" overall"));
        for (size_t c = 1; c < chart.categories.size(); ++c) {
            const auto found = bySection.find({ brand, chart.categories[c].code });
            if (found == bySection.end()) {
                EXPECT_FALSE(series.points[c].value);
            } else {
                expectPointIsCell(series.points[c], *found->second,
                                  brand + QLatin1Char('/') + chart.categories[c].code);
            }
        }
    }
}

TEST(ChartBuilder, DistributionCountsTheScoredVisitsAndBoxesHoldTheirMedians)
{
    Demo demo;
    ASSERT_TRUE(demo.open());
    const ResultsReports reports = demo.reports({}, waveFilter(october()));
    std::array<qint64, 10> bins {};
    qint64 scored = 0;
    for (const ResultsReports::Report& report : reports.reports)
        if (report.score) {
            ++bins[size_t(std::clamp(int(*report.score / 10), 0, 9))];
            ++scored;
        }
    ASSERT_GT(scored, 100);

    const ChartData histogram = demo.build(request(View::Distribution));
    EXPECT_EQ(histogram.kind, ChartData::Kind::Histogram);
    ASSERT_EQ(histogram.series.size(), 1u);
    ASSERT_EQ(histogram.series[0].points.size(), 10u);
    double counted = 0;
    qint64 bases = 0;
    for (size_t bin = 0; bin < 10; ++bin) {
        const ChartData::Point& point = histogram.series[0].points[bin];
        ASSERT_TRUE(point.value);
        EXPECT_EQ(*point.value, double(bins[bin])) << "bin " << bin;
        counted += *point.value;
        bases += point.n;
    }
    EXPECT_EQ(counted, double(scored));
    EXPECT_EQ(bases, scored);

    const ChartData boxes = demo.build(request(View::Distribution, october(), D::Region));
    EXPECT_EQ(boxes.kind, ChartData::Kind::BoxPlot);
    EXPECT_EQ(boxes.categoryDimension, D::Region);
    ASSERT_EQ(boxes.series.size(), 1u);
    ASSERT_EQ(boxes.series[0].points.size(), boxes.categories.size());
    EXPECT_GT(boxes.categories.size(), 10u);
    qint64 total = 0;
    for (size_t i = 0; i < boxes.categories.size(); ++i) {
        const ChartData::Point& point = boxes.series[0].points[i];
        const std::string region = boxes.categories[i].code.toStdString();
        EXPECT_LE(point.box[0], point.box[1]) << region;
        EXPECT_LE(point.box[1], point.box[2]) << region << ": the median is not below the lower quartile";
        EXPECT_LE(point.box[2], point.box[3]) << region << ": the median is not above the upper quartile";
        EXPECT_LE(point.box[3], point.box[4]) << region;
        ASSERT_TRUE(point.value);
        EXPECT_EQ(*point.value, point.box[2]);
        EXPECT_GT(point.n, 0);
        EXPECT_EQ(point.smallBase, point.n < boxes.smallBaseThreshold);
        total += point.n;
    }
    EXPECT_EQ(total, scored);
}

TEST(ChartBuilder, HeatmapCellsAreTheMeansByRegionAndSection)
{
    Demo demo;
    ASSERT_TRUE(demo.open());
    const ChartData chart = demo.build(request(View::Heatmap));
    EXPECT_EQ(chart.kind, ChartData::Kind::Heatmap);
    const ResultsTable table = demo.aggregate(M::Mean, { D::Region, D::Section }, waveFilter(october()));
    EXPECT_EQ(codes(chart.categories), codes(table.keys[0]));
    ASSERT_EQ(chart.series.size(), table.keys[1].size());
    std::map<std::pair<QString, QString>, const ResultsTable::Cell*> cells;
    for (const ResultsTable::Cell& cell : table.cells)
        cells[{ table.key(cell, 0).code, table.key(cell, 1).code }] = &cell;
    size_t shown = 0;
    for (size_t s = 0; s < chart.series.size(); ++s) {
        const QString section = chart.series[s].code;
        EXPECT_EQ(section, table.keys[1][s].code);
        ASSERT_EQ(chart.series[s].points.size(), chart.categories.size());
        for (size_t c = 0; c < chart.categories.size(); ++c) {
            const QString region = chart.categories[c].code;
            const auto found = cells.find({ region, section });
            if (found == cells.end()) {
                EXPECT_FALSE(chart.series[s].points[c].value) << region.toStdString();
                continue;
            }
            expectPointIsCell(chart.series[s].points[c], *found->second, region + QLatin1Char('/') + section);
            ++shown;
        }
    }
    EXPECT_EQ(shown, cells.size());
}

TEST(ChartBuilder, DriversAreAQuadrantOfImportancesThatAddUpTo100)
{
    Demo demo;
    ASSERT_TRUE(demo.open());
    const ChartData chart = demo.build(request(View::Drivers));
    EXPECT_EQ(chart.kind, ChartData::Kind::Quadrant);
    EXPECT_EQ(chart.unit, ChartData::Unit::Importance);
    EXPECT_EQ(chart.quadrantNames.size(), 4);
    ASSERT_EQ(chart.series.size(), 1u);
    const std::vector<ChartData::Point>& points = chart.series[0].points;
    ASSERT_GT(points.size(), 5u);
    ASSERT_EQ(points.size(), chart.categories.size());
    double importance = 0;
    double performance = 0;
    for (const ChartData::Point& point : points) {
        ASSERT_TRUE(point.value);
        EXPECT_GE(*point.value, 0);
        importance += *point.value;
        performance += point.x;
    }
    EXPECT_NEAR(importance, 100, 1e-6);
    EXPECT_NEAR(chart.splitY, importance / double(points.size()), 1e-9) << "the mean importance";
    EXPECT_NEAR(chart.splitX, performance / double(points.size()), 1e-9) << "the mean performance";
    for (size_t i = 0; i < points.size(); ++i) {
        const ChartData::Point& point = points[i];
        const bool important = *point.value >= chart.splitY;
        const bool performing = point.x >= chart.splitX;
        const DriverAnalysis::Quadrant expected = important
            ? (performing ? DriverAnalysis::Quadrant::KeepUp : DriverAnalysis::Quadrant::FixFirst)
            : (performing ? DriverAnalysis::Quadrant::Overdone : DriverAnalysis::Quadrant::Secondary);
        EXPECT_EQ(point.quadrant, int(expected)) << point.label.toStdString();
        EXPECT_EQ(point.label, chart.categories[i].code);
        EXPECT_GE(point.x, 0);
        EXPECT_LE(point.x, 100);
        if (i > 0) {
            EXPECT_GE(*points[i - 1].value, *point.value) << "most important first";
        }
    }
}

TEST(ChartBuilder, BadRequestsAreRefusedNamingWhatIsWrong)
{
    Demo demo;
    ASSERT_TRUE(demo.open());
    QString error;
    EXPECT_FALSE(demo.builder->build(request(View::ByLocation, QStringLiteral("W2031-01")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("W2031-01"))) << error.toStdString();

    // A filter value that matches nothing, in every view.
    const Filters atlantis { { D::Region, { QStringLiteral("Atlantis") } } };
    for (const View view : ChartViews::all()) {
        error.clear();
        EXPECT_FALSE(demo.builder->build(request(view, october(), std::nullopt, atlantis), &error))
            << ChartViews::key(view).toStdString();
        EXPECT_TRUE(error.contains(QStringLiteral("Atlantis")))
            << ChartViews::key(view).toStdString() << ": " << error.toStdString();
    }

    // Views per place are not per section.
    for (const View view : { View::ByLocation, View::Heatmap, View::Distribution, View::Trend }) {
        error.clear();
        EXPECT_FALSE(demo.builder->build(request(view, october(), D::Section), &error))
            << ChartViews::key(view).toStdString();
        EXPECT_TRUE(error.contains(QStringLiteral("section")))
            << ChartViews::key(view).toStdString() << ": " << error.toStdString();
    }
}

TEST(ChartBuilder, TheDefaultWaveIsTheNewestFinishedWaveWithResults)
{
    Demo demo;
    ASSERT_TRUE(demo.open());
    ASSERT_EQ(demo.builder->waves().size(), 12u);
    EXPECT_EQ(demo.builder->waves().back().code, QStringLiteral("W2026-12"));
    EXPECT_FALSE(demo.builder->waves().back().hasResults) << "December is being planned";
    QString error;
    auto chosen = demo.builder->wave(QString(), &error);
    ASSERT_TRUE(chosen) << error.toStdString();
    EXPECT_EQ(chosen->code, october()) << "November is still in fieldwork";
    EXPECT_TRUE(chosen->finished);
    EXPECT_EQ(demo.build(request(View::ByLocation, QString())).series.at(0).name,
              QStringLiteral("October 2026"));
    chosen = demo.builder->wave(QStringLiteral("november 2026"), &error);
    ASSERT_TRUE(chosen) << "by name, whatever the case";
    EXPECT_EQ(chosen->code, november());

    // October without approved reports: the default skips it, and so do the previous wave of
    // November and the trend up to November.
    demo.close();
    tamper(demo.path,
           QStringLiteral("UPDATE visit SET status = 'submitted' WHERE status = 'approved' AND "
                          "wave_id = (SELECT id FROM wave WHERE code = 'W2026-10')"));
    ASSERT_TRUE(demo.open());
    chosen = demo.builder->wave(QString(), &error);
    ASSERT_TRUE(chosen) << error.toStdString();
    EXPECT_EQ(chosen->code, september());
    EXPECT_EQ(demo.build(request(View::ByLocation, QString())).series.at(0).name,
              QStringLiteral("September 2026"));

    const ChartData trend = demo.build(request(View::Trend, november()));
    QStringList expected;
    for (int month = 1; month <= 9; ++month)
        expected << QStringLiteral("W2026-%1").arg(month, 2, 10, QLatin1Char('0'));
    expected << november();
    EXPECT_EQ(codes(trend.categories), expected);

    const ChartData regions = demo.build(request(View::ByLocation, november()));
    const ResultsTable novemberTable = demo.aggregate(M::Mean, { D::Region }, waveFilter(november()));
    const ResultsTable septemberTable = demo.aggregate(M::Mean, { D::Region }, waveFilter(september()));
    const auto now = byCode(novemberTable);
    const auto before = byCode(septemberTable);
    ASSERT_EQ(regions.series.size(), 1u);
    int compared = 0;
    for (size_t i = 0; i < regions.categories.size(); ++i) {
        const QString region = regions.categories[i].code;
        const ResultsTable::Cell* cell = now.value(region);
        const ResultsTable::Cell* earlier = before.value(region);
        ASSERT_TRUE(cell);
        if (!earlier || !earlier->value || !cell->value)
            continue;
        ASSERT_TRUE(regions.series[0].points[i].change) << region.toStdString();
        EXPECT_NEAR(*regions.series[0].points[i].change, *cell->value - *earlier->value, 1e-9)
            << "November against September";
        ++compared;
    }
    EXPECT_GT(compared, 0);

    // With submitted reports counted, October has results again.
    ASSERT_TRUE(demo.open(true));
    chosen = demo.builder->wave(QString(), &error);
    ASSERT_TRUE(chosen) << error.toStdString();
    EXPECT_EQ(chosen->code, october());
}

TEST(ChartBuilder, AWaveWithoutReportsGivesAnEmptyChart)
{
    Demo demo;
    ASSERT_TRUE(demo.open());
    QString error;
    const auto chart = demo.builder->build(request(View::ByLocation, QStringLiteral("W2026-12")), &error);
    // Either refused with a reason or drawn empty: never made-up bars.
    if (chart) {
        EXPECT_TRUE(chart->isEmpty());
    } else {
        EXPECT_FALSE(error.isEmpty());
    }
}

TEST(ChartBuilder, DashboardScoreAndRankingsComeFromTheAggregator)
{
    Demo demo;
    ASSERT_TRUE(demo.open());
    QString error;
    ChartRequest own;
    own.wave = october();
    const auto dashboard = demo.builder->dashboard(own, &error);
    ASSERT_TRUE(dashboard) << error.toStdString();
    EXPECT_EQ(dashboard->waveName, QStringLiteral("October 2026"));
    EXPECT_EQ(dashboard->previousWaveName, QStringLiteral("September 2026"));

    Filters twoWaves { { D::Wave, { october(), september() } } };
    const ResultsTable twoWavesTable = demo.aggregate(M::Mean, { D::Wave }, twoWaves);
    const auto waves = byCode(twoWavesTable);
    ASSERT_TRUE(waves.contains(october()) && waves.contains(september()));
    const ResultsTable::Cell& now = *waves.value(october());
    const ResultsTable::Cell& before = *waves.value(september());
    expectSame(dashboard->score, now.value, "score");
    EXPECT_EQ(dashboard->visits, now.n);
    expectSame(dashboard->margin, now.margin, "margin");
    ASSERT_TRUE(dashboard->change);
    EXPECT_NEAR(*dashboard->change, *now.value - *before.value, 1e-9);
    EXPECT_EQ(dashboard->significant, meanChangeIsSignificant(before, now));

    const ResultsTable locations = demo.aggregate(M::Mean, { D::Location }, waveFilter(october()));
    const auto scores = byCode(locations);
    const qint64 threshold = locations.smallBaseThreshold;
    EXPECT_EQ(threshold, 5);
    ASSERT_FALSE(dashboard->topLocations.isEmpty());
    EXPECT_LE(dashboard->topLocations.size(), 5);
    for (qsizetype i = 0; i < dashboard->topLocations.size(); ++i) {
        const DashboardData::Ranked& ranked = dashboard->topLocations[i];
        EXPECT_GE(ranked.n, threshold) << ranked.code.toStdString();
        if (i > 0) {
            EXPECT_GE(dashboard->topLocations[i - 1].score, ranked.score) << "best first";
        }
        ASSERT_TRUE(scores.contains(ranked.code)) << ranked.code.toStdString();
        EXPECT_NEAR(ranked.score, *scores.value(ranked.code)->value, 1e-9);
        EXPECT_EQ(ranked.n, scores.value(ranked.code)->n);
    }
    // No other location with a big enough base beats the last of the top five.
    QStringList top;
    for (const DashboardData::Ranked& ranked : dashboard->topLocations)
        top << ranked.code;
    for (const ResultsTable::Cell& cell : locations.cells) {
        if (cell.value && cell.n >= threshold && !top.contains(locations.key(cell, 0).code)) {
            EXPECT_LE(*cell.value, dashboard->topLocations.back().score + 1e-9)
                << locations.key(cell, 0).code.toStdString();
        }
    }
    for (const DashboardData::Ranked& ranked : dashboard->bottomLocations) {
        EXPECT_GE(ranked.n, threshold) << ranked.code.toStdString();
        EXPECT_LE(ranked.score, dashboard->topLocations.back().score);
    }
    EXPECT_EQ(codes(dashboard->byRegion.categories), codes(demo.build(request(View::ByLocation)).categories));
}

TEST(ChartBuilder, LocationOnePagersNameNoShopper)
{
    Demo demo;
    ASSERT_TRUE(demo.open());
    ChartBuilder& builder = *demo.builder;
    Project* project = demo.project.get();
    QString error;
    ChartRequest request;
    request.wave = QStringLiteral("W2026-10");
    request.filters[ResultsQuery::Dimension::Competitor] = { QStringLiteral("no") };
    const auto pages = builder.locationPages(request, &error);
    ASSERT_TRUE(pages) << error.toStdString();
    ASSERT_FALSE(pages->empty());
    // Every page: the location's score is the aggregator's, its sections and trend are charts of it.
    ResultsQuery query;
    query.by = { ResultsQuery::Dimension::Location };
    query.filters[ResultsQuery::Dimension::Wave] = { QStringLiteral("W2026-10") };
    query.filters[ResultsQuery::Dimension::Competitor] = { QStringLiteral("no") };
    const auto table = ResultsAggregator::aggregate(project->database(), query, &error);
    ASSERT_TRUE(table);
    ASSERT_EQ(pages->size(), size_t(table->cells.size()));
    QStringList shopperWords;
    QSqlQuery shoppers(project->database());
    ASSERT_TRUE(shoppers.exec(QStringLiteral("SELECT s.code, p.full_name, p.email FROM shopper s "
                                             "JOIN shopper_personal p ON p.shopper_id = s.id")));
    while (shoppers.next())
        for (int column = 0; column < 3; ++column)
            if (!shoppers.value(column).toString().trimmed().isEmpty())
                shopperWords << shoppers.value(column).toString();
    ASSERT_GT(shopperWords.size(), 100);
    qint64 comments = 0;
    for (const ResultsTable::Cell& cell : table->cells) {
        const QString code = table->key(cell, 0).code;
        const auto page = std::find_if(pages->cbegin(), pages->cend(), [&](const LocationPage& one) { return one.code == code; });
        ASSERT_NE(page, pages->cend()) << code.toStdString();
        expectSame(page->score, cell.value, code.toStdString());
        EXPECT_EQ(page->visits, cell.n);
        EXPECT_EQ(page->sections.series.size(), 2u);
        EXPECT_EQ(page->trend.series.size(), 2u);
        for (const LocationPage::Comment& comment : page->comments) {
            ++comments;
            for (const QString& word : shopperWords)
                EXPECT_FALSE(comment.text.contains(word) || comment.scenario.contains(word) || comment.question.contains(word))
                    << code.toStdString() << ": " << word.toStdString();
        }
    }
    EXPECT_GT(comments, 0) << "the demo's reports carry comments";
}
