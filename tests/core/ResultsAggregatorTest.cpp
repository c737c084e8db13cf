#include "results/ResultsAggregator.h"

#include "project/Project.h"
#include "support/TestProject.h"

#include <QSqlQuery>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <gtest/gtest.h>

// The aggregation API against plain SQL over the demo programme and the textbook formulas: mean
// scores with t / z margins, shares of yes with the Wilson interval, NPS and its margin,
// distributions, filters, the pending switch and the small-base flag.

namespace {
using D = ResultsQuery::Dimension;
using M = ResultsQuery::Measure;

double z95()
{
    return boost::math::quantile(boost::math::normal_distribution<double>(), 0.975);
}

// Textbook: t(n - 1) below 30 visits, z from there on (the sample size calculator's rule).
double meanMargin(double sd, qint64 n)
{
    const double critical = n < 30
        ? boost::math::quantile(boost::math::students_t_distribution<double>(double(n - 1)), 0.975)
        : z95();
    return critical * sd / std::sqrt(double(n));
}

struct Expected
{
    qint64 n = 0;
    double mean = 0;
    double sd = 0;
};

class ResultsAggregatorTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_folder = new TestFolder;
        s_path = s_folder->demoCopy(QStringLiteral("demo.shopscope"));
    }
    static void TearDownTestSuite() { delete s_folder; }
    void SetUp() override
    {
        ProjectError error;
        m_project = Project::open(s_path, Project::Mode::ReadOnly, &error);
        ASSERT_TRUE(m_project) << error.message.toStdString();
    }

    ResultsTable aggregate(const ResultsQuery& query) const
    {
        QString error;
        const auto table = ResultsAggregator::aggregate(m_project->database(), query, &error);
        EXPECT_TRUE(table) << error.toStdString();
        return table.value_or(ResultsTable());
    }
    // n, mean and sample standard deviation of the scores an SQL statement lists, grouped by its
    // first column (a key).
    QMap<QString, Expected> statistics(const QString& sql) const
    {
        QMap<QString, QList<double>> values;
        QSqlQuery query(sql, m_project->database());
        while (query.next())
            values[query.value(0).toString()] << query.value(1).toDouble();
        QMap<QString, Expected> result;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            Expected own;
            own.n = it->size();
            for (const double value : *it)
                own.mean += value / double(own.n);
            double squares = 0;
            for (const double value : *it)
                squares += (value - own.mean) * (value - own.mean);
            own.sd = own.n > 1 ? std::sqrt(squares / double(own.n - 1)) : 0;
            result.insert(it.key(), own);
        }
        return result;
    }
    qint64 count(const QString& sql) const { return scalar(s_path, sql).toLongLong(); }

    static TestFolder* s_folder;
    static QString s_path;
    std::unique_ptr<Project> m_project;
};
TestFolder* ResultsAggregatorTest::s_folder = nullptr;
QString ResultsAggregatorTest::s_path;

ResultsQuery query(M measure, QList<D> by, QMap<D, QStringList> filters = {})
{
    ResultsQuery own;
    own.measure = measure;
    own.by = by;
    own.filters = filters;
    return own;
}

} // namespace

TEST_F(ResultsAggregatorTest, MeanVisitScoreByWaveAndRegionIsTheSqlMeanWithItsMargin)
{
    const ResultsTable table = aggregate(query(M::Mean, { D::Wave, D::Region }));
    EXPECT_EQ(table.level, ResultsTable::Level::Visit);
    // Regions of the demo hang off countries; areas hang off regions.
    const auto expected = statistics(QStringLiteral(
        "SELECT w.code || '|' || coalesce(CASE g.level WHEN 'region' THEN g.name END, p.name, ''), s.score "
        "FROM visit v JOIN wave w ON w.id = v.wave_id JOIN response r ON r.visit_id = v.id "
        "JOIN visit_score s ON s.response_id = r.id JOIN location l ON l.id = v.location_id "
        "LEFT JOIN geo_unit g ON g.id = l.geo_unit_id LEFT JOIN geo_unit p ON p.id = g.parent_id AND g.level "
        "= 'area' "
        "WHERE v.status = 'approved' AND s.score IS NOT NULL"));
    ASSERT_EQ(table.cells.size(), expected.size());
    int checkedMargins = 0;
    for (const auto& cell : table.cells) {
        const QString key = table.key(cell, 0).code + QLatin1Char('|') + table.key(cell, 1).code;
        ASSERT_TRUE(expected.contains(key)) << key.toStdString();
        const Expected& own = expected[key];
        EXPECT_EQ(cell.n, own.n) << key.toStdString();
        EXPECT_NEAR(*cell.value, own.mean, 1e-9) << key.toStdString();
        EXPECT_EQ(cell.smallBase, own.n < 5);
        if (own.n >= 2) {
            EXPECT_NEAR(*cell.sd, own.sd, 1e-6);
            EXPECT_NEAR(*cell.margin, meanMargin(own.sd, own.n), 1e-6) << key.toStdString();
            EXPECT_NEAR(*cell.low, own.mean - *cell.margin, 1e-9);
            ++checkedMargins;
        } else {
            EXPECT_FALSE(cell.margin) << "one visit has no spread";
        }
    }
    EXPECT_GT(checkedMargins, 50);
    // Waves in time order.
    EXPECT_EQ(table.key(table.cells.first(), 0).code, QStringLiteral("W2026-01"));
}

TEST_F(ResultsAggregatorTest, SectionMeansOfOneWaveAreTheStoredSectionScores)
{
    const ResultsTable table
        = aggregate(query(M::Mean, { D::Section }, { { D::Wave, { QStringLiteral("October 2026") } } }));
    EXPECT_EQ(table.level, ResultsTable::Level::Section);
    const auto expected = statistics(
        QStringLiteral("SELECT x.code, s.score FROM visit v JOIN wave w ON w.id = v.wave_id JOIN response r "
                       "ON r.visit_id = v.id "
                       "JOIN section_score s ON s.response_id = r.id JOIN section x ON x.id = s.section_id "
                       "WHERE v.status = 'approved' AND w.code = 'W2026-10'"));
    ASSERT_EQ(table.cells.size(), expected.size());
    QStringList order;
    for (const auto& cell : table.cells) {
        const QString code = table.key(cell, 0).code;
        order << code;
        EXPECT_EQ(cell.n, expected[code].n);
        EXPECT_NEAR(*cell.value, expected[code].mean, 1e-9);
        EXPECT_NEAR(*cell.margin, meanMargin(expected[code].sd, expected[code].n), 1e-6);
    }
    EXPECT_EQ(order,
              (QStringList { QStringLiteral("GRT"), QStringLiteral("NDS"), QStringLiteral("OFR"),
                             QStringLiteral("CLS"), QStringLiteral("PRM") }))
        << "form order; OVR has no scored item";
    EXPECT_EQ(table.key(table.cells.first(), 0).label, QStringLiteral("Greeting"));
}

// A scored yes/no item worth 1 point: its question score is 100 for yes and 0 for no, so its
// mean is 100 × the share of yes among the answers shown (plain SQL over the answers).
TEST_F(ResultsAggregatorTest, QuestionMeansAndSharesOfYesAgreeWithTheAnswers)
{
    const QMap<D, QStringList> grt03 { { D::Question, { QStringLiteral("GRT03") } } };
    const ResultsTable means = aggregate(query(M::Mean, { D::Wave }, grt03));
    const ResultsTable shares = aggregate(query(M::YesShare, { D::Wave }, grt03));
    EXPECT_EQ(means.by, (QList<D> { D::Wave, D::Question }));
    ASSERT_EQ(means.cells.size(), shares.cells.size());
    QSqlQuery expected(
        QStringLiteral("SELECT w.code, count(*), total(o.code = 'yes') FROM answer a "
                       "JOIN question q ON q.id = a.question_id JOIN question_option o ON o.id = a.option_id "
                       "JOIN response r ON r.id = a.response_id JOIN visit v ON v.id = r.visit_id "
                       "JOIN wave w ON w.id = v.wave_id WHERE q.code = 'GRT03' AND v.status = 'approved' "
                       "AND o.is_na = 0 GROUP BY w.code ORDER BY w.starts_on"),
        m_project->database());
    for (qsizetype i = 0; expected.next(); ++i) {
        ASSERT_LT(i, shares.cells.size());
        const auto& share = shares.cells[i];
        const qint64 n = expected.value(1).toLongLong();
        const qint64 yes = qint64(expected.value(2).toDouble());
        EXPECT_EQ(shares.key(share, 0).code, expected.value(0).toString());
        EXPECT_EQ(share.n, n);
        EXPECT_EQ(share.count, yes);
        const double p = double(yes) / double(n);
        EXPECT_NEAR(*share.value, 100 * p, 1e-9);
        EXPECT_NEAR(*means.cells[i].value, 100 * p, 1e-4) << "question scores are stored as singles";
        // The Wilson interval, written out.
        const double z = z95();
        const double nd = double(n);
        const double centre = (p + z * z / (2 * nd)) / (1 + z * z / nd);
        const double half = z / (1 + z * z / nd) * std::sqrt(p * (1 - p) / nd + z * z / (4.0 * nd * nd));
        EXPECT_NEAR(*share.low, 100 * (centre - half), 1e-9);
        EXPECT_NEAR(*share.high, 100 * (centre + half), 1e-9);
        EXPECT_NEAR(*share.margin, 100 * half, 1e-9);
    }
}

TEST_F(ResultsAggregatorTest, SharesOfYesLeaveNotApplicableOut)
{
    const ResultsTable table
        = aggregate(query(M::YesShare, {}, { { D::Wave, { QStringLiteral("W2026-09") } } }));
    // Every yes/no question of the form, in form order.
    EXPECT_EQ(table.cells.size(),
              count(QStringLiteral("SELECT count(*) FROM question WHERE type = 'yes_no'")));
    for (const auto& cell : table.cells) {
        const QString code = table.key(cell, 0).code;
        const QString where
            = QStringLiteral(
                  "FROM answer a JOIN question q ON q.id = a.question_id "
                  "JOIN question_option o ON o.id = a.option_id JOIN response r ON r.id = a.response_id "
                  "JOIN visit v ON v.id = r.visit_id JOIN wave w ON w.id = v.wave_id "
                  "WHERE q.code = '%1' AND v.status = 'approved' AND w.code = 'W2026-09' ")
                  .arg(code);
        EXPECT_EQ(cell.n,
                  count(QStringLiteral("SELECT count(*) ") + where + QStringLiteral("AND o.is_na = 0")))
            << code.toStdString();
        EXPECT_EQ(cell.count,
                  count(QStringLiteral("SELECT count(*) ") + where + QStringLiteral("AND o.code = 'yes'")));
    }
}

TEST_F(ResultsAggregatorTest, NpsIsPromotersMinusDetractorsWithTheTextbookMargin)
{
    const ResultsTable table = aggregate(query(M::Nps, { D::Channel }));
    ASSERT_FALSE(table.cells.isEmpty());
    for (const auto& cell : table.cells) {
        const QString channel = table.key(cell, 0).code;
        const QString from
            = QStringLiteral(
                  "FROM answer a JOIN question q ON q.id = a.question_id "
                  "JOIN response r ON r.id = a.response_id JOIN visit v ON v.id = r.visit_id "
                  "JOIN location l ON l.id = v.location_id WHERE q.type = 'nps' AND v.status = 'approved' "
                  "AND a.number IS NOT NULL AND l.channel = '%1'")
                  .arg(channel);
        const qint64 n = count(QStringLiteral("SELECT count(*) ") + from);
        const qint64 promoters
            = count(QStringLiteral("SELECT count(*) ") + from + QStringLiteral(" AND a.number >= 9"));
        const qint64 detractors
            = count(QStringLiteral("SELECT count(*) ") + from + QStringLiteral(" AND a.number <= 6"));
        EXPECT_EQ(table.key(cell, 1).code, QStringLiteral("OVR03"));
        EXPECT_EQ(cell.n, n) << channel.toStdString();
        EXPECT_EQ(cell.promoters, promoters);
        EXPECT_EQ(cell.detractors, detractors);
        EXPECT_EQ(cell.passives, n - promoters - detractors);
        const double pP = double(promoters) / double(n);
        const double pD = double(detractors) / double(n);
        EXPECT_NEAR(*cell.value, 100 * (pP - pD), 1e-9);
        EXPECT_NEAR(*cell.margin, 100 * z95() * std::sqrt((pP + pD - (pP - pD) * (pP - pD)) / double(n)),
                    1e-9);
    }
}

TEST_F(ResultsAggregatorTest, DistributionsCountOptionsScalePointsAndScoreBands)
{
    const QMap<D, QStringList> wave { { D::Wave, { QStringLiteral("W2026-10") } } };
    ResultsQuery options = query(M::Distribution, {}, wave);
    options.filters[D::Question] = { QStringLiteral("PRM01"), QStringLiteral("OVR01") };
    const ResultsTable answers = aggregate(options);
    EXPECT_EQ(answers.level, ResultsTable::Level::Question);
    QMap<QString, qint64> counts;
    QMap<QString, qint64> bases;
    for (const auto& cell : answers.cells) {
        counts[answers.key(cell, 0).code + QLatin1Char('/') + cell.category] = cell.count;
        bases[answers.key(cell, 0).code] = cell.n;
        EXPECT_NEAR(*cell.value, 100.0 * double(cell.count) / double(cell.n), 1e-9);
    }
    QSqlQuery expected(
        QStringLiteral(
            "SELECT q.code, coalesce(o.code, CAST(CAST(a.number AS INTEGER) AS TEXT)), count(*) "
            "FROM answer a JOIN question q ON q.id = a.question_id "
            "LEFT JOIN question_option o ON o.id = a.option_id JOIN response r ON r.id = a.response_id "
            "JOIN visit v ON v.id = r.visit_id JOIN wave w ON w.id = v.wave_id "
            "WHERE q.code IN ('PRM01', 'OVR01') AND v.status = 'approved' AND w.code = 'W2026-10' "
            "GROUP BY 1, 2"),
        m_project->database());
    qint64 rows = 0;
    QMap<QString, qint64> totals;
    while (expected.next()) {
        const QString key = expected.value(0).toString() + QLatin1Char('/') + expected.value(1).toString();
        EXPECT_EQ(counts.value(key, -1), expected.value(2).toLongLong()) << key.toStdString();
        totals[expected.value(0).toString()] += expected.value(2).toLongLong();
        ++rows;
    }
    EXPECT_EQ(rows, counts.size());
    EXPECT_EQ(bases, totals);

    // Visit scores per score band of the programme (0, 70, 85).
    const ResultsTable bands = aggregate(query(M::Distribution, {}, wave));
    ASSERT_EQ(bands.cells.size(), 3);
    const QString base
        = QStringLiteral("SELECT count(*) FROM visit_score s JOIN response r ON r.id = s.response_id "
                         "JOIN visit v ON v.id = r.visit_id JOIN wave w ON w.id = v.wave_id "
                         "WHERE v.status = 'approved' AND w.code = 'W2026-10' AND s.score IS NOT NULL");
    EXPECT_EQ(bands.cells[0].category, QStringLiteral("0"));
    EXPECT_EQ(bands.cells[0].count, count(base + QStringLiteral(" AND s.score < 70")));
    EXPECT_EQ(bands.cells[1].count, count(base + QStringLiteral(" AND s.score >= 70 AND s.score < 85")));
    EXPECT_EQ(bands.cells[2].categoryLabel, QStringLiteral("On standard"));
    EXPECT_EQ(bands.cells[2].count, count(base + QStringLiteral(" AND s.score >= 85")));
}

TEST_F(ResultsAggregatorTest, PendingReportsCountOnlyWhenAskedFor)
{
    ResultsQuery own = query(M::Mean, { D::Wave }, { { D::Wave, { QStringLiteral("W2026-10") } } });
    const ResultsTable approved = aggregate(own);
    own.includePending = true;
    const ResultsTable pending = aggregate(own);
    ASSERT_EQ(approved.cells.size(), 1);
    ASSERT_EQ(pending.cells.size(), 1);
    const QString scored
        = QStringLiteral("SELECT count(*) FROM visit_score s JOIN response r ON r.id = s.response_id "
                         "JOIN visit v ON v.id = r.visit_id JOIN wave w ON w.id = v.wave_id "
                         "WHERE w.code = 'W2026-10' AND s.score IS NOT NULL AND v.status ");
    EXPECT_EQ(approved.cells[0].n, count(scored + QStringLiteral("= 'approved'")));
    EXPECT_GT(count(scored + QStringLiteral("= 'submitted'")), 0);
    EXPECT_EQ(pending.cells[0].n, count(scored + QStringLiteral("IN ('approved', 'submitted')")));
}

TEST_F(ResultsAggregatorTest, SmallBasesFollowTheProgrammesThreshold)
{
    const ResultsTable table
        = aggregate(query(M::Mean, { D::Location }, { { D::Wave, { QStringLiteral("W2026-10") } } }));
    EXPECT_EQ(table.smallBaseThreshold, 5);
    int small = 0;
    for (const auto& cell : table.cells) {
        EXPECT_EQ(cell.smallBase, cell.n < 5);
        small += cell.smallBase ? 1 : 0;
    }
    EXPECT_GT(small, 0);
    EXPECT_LT(small, table.cells.size());

    m_project.reset();
    tamper(s_path, QStringLiteral("UPDATE programme SET small_base_threshold = 2"));
    SetUp();
    const ResultsTable lower
        = aggregate(query(M::Mean, { D::Location }, { { D::Wave, { QStringLiteral("W2026-10") } } }));
    EXPECT_EQ(lower.smallBaseThreshold, 2);
    for (const auto& cell : lower.cells)
        EXPECT_EQ(cell.smallBase, cell.n < 2);
    m_project.reset();
    tamper(s_path, QStringLiteral("UPDATE programme SET small_base_threshold = 5"));
}

TEST_F(ResultsAggregatorTest, FiltersCompetitorsStaffAndBadValues)
{
    const QString approved
        = QStringLiteral("SELECT count(*) FROM visit_score s JOIN response r ON r.id = s.response_id "
                         "JOIN visit v ON v.id = r.visit_id JOIN location l ON l.id = v.location_id "
                         "WHERE v.status = 'approved' AND s.score IS NOT NULL ");
    const ResultsTable competitors = aggregate(query(M::Mean, { D::Competitor }));
    ASSERT_EQ(competitors.cells.size(), 2);
    EXPECT_EQ(competitors.key(competitors.cells[0], 0).code, QStringLiteral("no"));
    EXPECT_EQ(competitors.cells[0].n, count(approved + QStringLiteral("AND l.is_competitor = 0")));
    EXPECT_EQ(competitors.cells[1].n, count(approved + QStringLiteral("AND l.is_competitor = 1")));

    const ResultsTable calls = aggregate(query(M::Mean, {}, { { D::Channel, { QStringLiteral("call") } } }));
    ASSERT_EQ(calls.cells.size(), 1);
    EXPECT_EQ(calls.cells[0].n, count(approved + QStringLiteral("AND l.channel = 'call'")));

    const QString staff
        = scalar(s_path,
                 QStringLiteral("SELECT staff_description FROM response WHERE staff_description <> '' "
                                "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"))
              .toString();
    const ResultsTable served = aggregate(query(M::Mean, { D::Staff }, { { D::Staff, { staff } } }));
    ASSERT_EQ(served.cells.size(), 1);
    EXPECT_EQ(served.key(served.cells[0], 0).code, staff);
    QSqlQuery bound(m_project->database());
    bound.prepare(approved + QStringLiteral("AND r.staff_description = ?"));
    bound.addBindValue(staff);
    ASSERT_TRUE(bound.exec() && bound.next());
    EXPECT_EQ(served.cells[0].n, bound.value(0).toLongLong());

    QString error;
    ResultsAggregator::Failure failure = ResultsAggregator::Failure::None;
    EXPECT_FALSE(ResultsAggregator::aggregate(
        m_project->database(), query(M::Mean, {}, { { D::Region, { QStringLiteral("Atlantis") } } }), &error,
        &failure));
    EXPECT_EQ(failure, ResultsAggregator::Failure::BadQuery);
    EXPECT_EQ(error, QStringLiteral("region=Atlantis: there is no such region"));
}
