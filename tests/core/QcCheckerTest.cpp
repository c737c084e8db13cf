#include "planning/WaveLookup.h"
#include "project/Project.h"
#include "qc/QcChecker.h"
#include "support/TestProject.h"

#include <gtest/gtest.h>

// Each automatic quality-control flag, triggered by a crafted change to one report of the demo
// programme's fieldwork wave, and not by its near miss.

namespace {

class QcCheckerTest : public ::testing::Test
{
protected:
    void SetUp() override { m_file = m_folder.demoCopy(QStringLiteral("qc.shopscope")); }

    // The flags of this kind on the report of a visit.
    std::vector<QcFlag> flagsOf(qint64 visit, QcFlag::Kind kind) const
    {
        ProjectError error;
        const auto project = Project::open(m_file, Project::Mode::ReadOnly, &error);
        EXPECT_TRUE(project) << error.message.toStdString();
        if (!project)
            return {};
        QString message;
        const auto wave = WaveLookup::find(project->database(), QStringLiteral("W2026-11"), &message);
        EXPECT_TRUE(wave) << message.toStdString();
        const auto flags = QcChecker::check(project->database(), *wave, QcRules(), &message);
        EXPECT_TRUE(flags) << message.toStdString();
        std::vector<QcFlag> found;
        for (const QcFlag& flag : flags.value_or(std::vector<QcFlag>()))
            if (flag.visitId == visit && flag.kind == kind)
                found.push_back(flag);
        return found;
    }
    // A report of the wave with this scenario that has no flag of this kind.
    qint64 cleanReport(const QString& scenario, QcFlag::Kind kind, int skip = 0) const
    {
        const QString ids = scalar(m_file, QStringLiteral("SELECT group_concat(v.id) FROM response r JOIN visit v ON v.id = r.visit_id "
                                                          "JOIN wave w ON w.id = v.wave_id JOIN scenario s ON s.id = v.scenario_id "
                                                          "WHERE w.code = 'W2026-11' AND s.code = '%1'").arg(scenario))
                                .toString();
        for (const QString& id : ids.split(QLatin1Char(','))) {
            if (flagsOf(id.toLongLong(), kind).empty() && skip-- == 0)
                return id.toLongLong();
        }
        return 0;
    }
    void sql(const QString& statement) const { tamper(m_file, statement); }
    QString response(qint64 visit) const { return QStringLiteral("(SELECT id FROM response WHERE visit_id = %1)").arg(visit); }

    TestFolder m_folder;
    QString m_file;
};

} // namespace

TEST_F(QcCheckerTest, ADurationFarFromTheScenariosIsFlagged)
{
    const qint64 visit = cleanReport(QStringLiteral("MORTGAGE"), QcFlag::Duration); // expects 25 minutes
    ASSERT_GT(visit, 0);
    sql(QStringLiteral("UPDATE response SET duration_minutes = 13 WHERE visit_id = %1").arg(visit));
    EXPECT_TRUE(flagsOf(visit, QcFlag::Duration).empty()) << "13 of 25 minutes is more than half";
    sql(QStringLiteral("UPDATE response SET duration_minutes = 12 WHERE visit_id = %1").arg(visit));
    auto flags = flagsOf(visit, QcFlag::Duration);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags.front().evidence.value(QStringLiteral("minutes")).toInt(), 12);
    EXPECT_EQ(flags.front().text, QStringLiteral("Took 12 min; scenario MORTGAGE expects about 25 (less than 50% of it)."));
    sql(QStringLiteral("UPDATE response SET duration_minutes = 75 WHERE visit_id = %1").arg(visit));
    EXPECT_TRUE(flagsOf(visit, QcFlag::Duration).empty()) << "three times is the limit";
    sql(QStringLiteral("UPDATE response SET duration_minutes = 76 WHERE visit_id = %1").arg(visit));
    EXPECT_EQ(flagsOf(visit, QcFlag::Duration).size(), 1u);
}

TEST_F(QcCheckerTest, DatesOutsideTheWaveAndTimesOutsideOpeningHoursAreFlagged)
{
    const qint64 visit = cleanReport(QStringLiteral("MORTGAGE"), QcFlag::OutsideHours);
    ASSERT_GT(visit, 0);
    const QString location = scalar(m_file, QStringLiteral("SELECT location_id FROM visit WHERE id = %1").arg(visit)).toString();
    // Monday 2 November 2026, the location open 09:00–17:00 that day.
    sql(QStringLiteral("DELETE FROM location_hours WHERE location_id = %1 AND weekday = 1").arg(location));
    sql(QStringLiteral("INSERT INTO location_hours (location_id, weekday, opens, closes) VALUES (%1, 1, '09:00', '17:00')").arg(location));
    sql(QStringLiteral("UPDATE response SET visited_on = '2026-11-02', visited_at = '16:59' WHERE visit_id = %1").arg(visit));
    EXPECT_TRUE(flagsOf(visit, QcFlag::OutsideHours).empty());
    EXPECT_TRUE(flagsOf(visit, QcFlag::OutsideWave).empty());
    sql(QStringLiteral("UPDATE response SET visited_at = '17:00' WHERE visit_id = %1").arg(visit));
    auto hours = flagsOf(visit, QcFlag::OutsideHours);
    ASSERT_EQ(hours.size(), 1u);
    EXPECT_TRUE(hours.front().text.contains(QStringLiteral("is open 09:00–17:00"))) << hours.front().text.toStdString();

    sql(QStringLiteral("UPDATE response SET visited_on = '2026-10-31', visited_at = NULL WHERE visit_id = %1").arg(visit));
    auto early = flagsOf(visit, QcFlag::OutsideWave);
    ASSERT_EQ(early.size(), 1u);
    EXPECT_EQ(early.front().evidence.value(QStringLiteral("date")).toString(), QStringLiteral("2026-10-31"));
}

TEST_F(QcCheckerTest, CopiedAnswersAreFlaggedOnBothReportsAndANearMissIsNot)
{
    // Two MORTGAGE reports: the second gets the first one's answers.
    const qint64 first = cleanReport(QStringLiteral("MORTGAGE"), QcFlag::Duplicate);
    const qint64 second = cleanReport(QStringLiteral("MORTGAGE"), QcFlag::Duplicate, 1);
    ASSERT_GT(first, 0);
    ASSERT_GT(second, 0);
    // Same shopper, so the pair is compared.
    sql(QStringLiteral("UPDATE visit SET shopper_id = (SELECT shopper_id FROM visit WHERE id = %1) WHERE id = %2").arg(first).arg(second));
    sql(QStringLiteral("DELETE FROM answer WHERE response_id = %1").arg(response(second)));
    sql(QStringLiteral("INSERT INTO answer (response_id, question_id, option_id, number, text, comment) SELECT %1, question_id, option_id, "
                       "number, text, comment FROM answer WHERE response_id = %2").arg(response(second), response(first)));
    sql(QStringLiteral("INSERT INTO answer_choice (response_id, question_id, option_id) SELECT %1, question_id, option_id "
                       "FROM answer_choice WHERE response_id = %2").arg(response(second), response(first)));
    auto flags = flagsOf(second, QcFlag::Duplicate);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags.front().evidence.value(QStringLiteral("other_visit")).toInteger(), first);
    EXPECT_TRUE(flags.front().evidence.value(QStringLiteral("same_shopper")).toBool());
    EXPECT_EQ(flagsOf(first, QcFlag::Duplicate).size(), 1u);

    // The same answers with a comment in other words: written apart, not copied.
    const QString commented = scalar(m_file, QStringLiteral("SELECT question_id FROM answer WHERE response_id = %1 AND ifnull(comment, '') <> '' "
                                                            "LIMIT 1").arg(response(second))).toString();
    ASSERT_FALSE(commented.isEmpty());
    sql(QStringLiteral("UPDATE answer SET comment = comment || ' (my own words)' WHERE response_id = %1 AND question_id = %2")
            .arg(response(second), commented));
    EXPECT_TRUE(flagsOf(second, QcFlag::Duplicate).empty());
    sql(QStringLiteral("UPDATE answer SET comment = (SELECT a.comment FROM answer a WHERE a.response_id = %1 AND a.question_id = %2) "
                       "WHERE response_id = %3 AND question_id = %2").arg(response(first), commented, response(second)));
    ASSERT_EQ(flagsOf(second, QcFlag::Duplicate).size(), 1u);

    // Three yes/no answers different out of about forty: below 95 % alike.
    sql(QStringLiteral("UPDATE answer SET option_id = (SELECT o.id FROM question_option o WHERE o.question_id = answer.question_id AND "
                       "o.code = CASE (SELECT code FROM question_option WHERE id = answer.option_id) WHEN 'yes' THEN 'no' ELSE 'yes' END) "
                       "WHERE response_id = %1 AND question_id IN (SELECT a.question_id FROM answer a JOIN question q ON q.id = a.question_id "
                       "JOIN question_option o ON o.id = a.option_id WHERE a.response_id = %1 AND q.type = 'yes_no' AND q.show_if IS NULL "
                       "AND q.comment_if IS NULL AND o.code IN ('yes', 'no') ORDER BY q.id LIMIT 3)").arg(response(second)));
    EXPECT_TRUE(flagsOf(second, QcFlag::Duplicate).empty());
}

TEST_F(QcCheckerTest, AShopperCannotBeInTwoPlacesTooFarApartInTheTimeBetween)
{
    const qint64 first = cleanReport(QStringLiteral("MORTGAGE"), QcFlag::TooClose);
    ASSERT_GT(first, 0);
    // A second visit of the same shopper the same day at a branch 100 km or more away.
    const qint64 second = scalar(m_file, QStringLiteral(
        "SELECT v2.id FROM visit v1 JOIN location l1 ON l1.id = v1.location_id, response r2 JOIN visit v2 ON v2.id = r2.visit_id "
        "JOIN location l2 ON l2.id = v2.location_id JOIN scenario s2 ON s2.id = v2.scenario_id WHERE v1.id = %1 AND v2.wave_id = v1.wave_id "
        "AND s2.channel = 'visit' AND v2.id <> v1.id AND abs(l2.latitude - l1.latitude) > 1.0 LIMIT 1").arg(first)).toLongLong();
    ASSERT_GT(second, 0);
    sql(QStringLiteral("UPDATE visit SET shopper_id = (SELECT shopper_id FROM visit WHERE id = %1) WHERE id = %2").arg(first).arg(second));
    sql(QStringLiteral("UPDATE response SET visited_on = '2026-11-03', visited_at = '10:00', duration_minutes = 20 WHERE visit_id = %1").arg(first));
    sql(QStringLiteral("UPDATE response SET visited_on = '2026-11-03', visited_at = '23:50' WHERE visit_id = %1").arg(second));
    EXPECT_TRUE(flagsOf(second, QcFlag::TooClose).empty()) << "a whole day to travel";
    sql(QStringLiteral("UPDATE response SET visited_at = '10:50' WHERE visit_id = %1").arg(second));
    auto flags = flagsOf(second, QcFlag::TooClose);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags.front().evidence.value(QStringLiteral("gap_minutes")).toInt(), 30);
    EXPECT_GT(flags.front().evidence.value(QStringLiteral("km")).toDouble(), 100.0);
    EXPECT_GT(flags.front().evidence.value(QStringLiteral("needed_minutes")).toInt(), 100);
}

TEST_F(QcCheckerTest, AllYesIsFlaggedAndOneNoIsEnoughToClearIt)
{
    const qint64 visit = cleanReport(QStringLiteral("MORTGAGE"), QcFlag::AllYes);
    ASSERT_GT(visit, 0);
    const QString yesNo = QStringLiteral("response_id = %1 AND question_id IN (SELECT id FROM question WHERE type = 'yes_no')").arg(response(visit));
    sql(QStringLiteral("UPDATE answer SET option_id = (SELECT o.id FROM question_option o WHERE o.question_id = answer.question_id AND o.code = 'yes') "
                       "WHERE %1").arg(yesNo));
    auto flags = flagsOf(visit, QcFlag::AllYes);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_GE(flags.front().evidence.value(QStringLiteral("yes_no_questions")).toInt(), 8);
    sql(QStringLiteral("UPDATE answer SET option_id = (SELECT o.id FROM question_option o WHERE o.question_id = answer.question_id AND o.code = 'no') "
                       "WHERE %1 AND question_id = (SELECT min(question_id) FROM answer WHERE %1)").arg(yesNo));
    EXPECT_TRUE(flagsOf(visit, QcFlag::AllYes).empty());
}

TEST_F(QcCheckerTest, MostlyNaIsFlaggedAgainstTheScenariosUsualShare)
{
    const qint64 visit = cleanReport(QStringLiteral("MORTGAGE"), QcFlag::MostlyNa);
    ASSERT_GT(visit, 0);
    const QString naAble = QStringLiteral("response_id = %1 AND question_id IN (SELECT id FROM question WHERE allow_na = 1)").arg(response(visit));
    sql(QStringLiteral("UPDATE answer SET number = NULL, option_id = (SELECT o.id FROM question_option o WHERE o.question_id = answer.question_id "
                       "AND o.is_na = 1) WHERE %1").arg(naAble));
    auto flags = flagsOf(visit, QcFlag::MostlyNa);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_TRUE(flags.front().text.contains(QStringLiteral("for scenario MORTGAGE"))) << flags.front().text.toStdString();
    // The web enquiries answer most branch questions N/A as a rule: none of them is flagged.
    const QString web = scalar(m_file, QStringLiteral("SELECT group_concat(v.id) FROM response r JOIN visit v ON v.id = r.visit_id JOIN scenario s "
                                                      "ON s.id = v.scenario_id JOIN wave w ON w.id = v.wave_id WHERE w.code = 'W2026-11' "
                                                      "AND s.code = 'SAVINGS_WEB'")).toString();
    ASSERT_FALSE(web.isEmpty());
    for (const QString& id : web.split(QLatin1Char(',')))
        EXPECT_TRUE(flagsOf(id.toLongLong(), QcFlag::MostlyNa).empty()) << id.toStdString();
}

TEST_F(QcCheckerTest, AMissingRequiredCommentAndANumberOutOfRangeAreFlagged)
{
    const qint64 visit = cleanReport(QStringLiteral("MORTGAGE"), QcFlag::MissingComment);
    ASSERT_GT(visit, 0);
    // A question that asks for a comment when answered "no" (and is always shown).
    const QString question = scalar(m_file, QStringLiteral("SELECT q.code FROM answer a JOIN question q ON q.id = a.question_id WHERE a.response_id = %1 "
                                                           "AND q.comment_if IS NOT NULL AND q.show_if IS NULL AND q.type = 'yes_no' LIMIT 1")
                                                .arg(response(visit))).toString();
    ASSERT_FALSE(question.isEmpty());
    const QString answer = QStringLiteral("response_id = %1 AND question_id = (SELECT q.id FROM question q JOIN response r ON r.version_id = q.version_id "
                                          "WHERE r.id = %1 AND q.code = '%2')").arg(response(visit), question);
    sql(QStringLiteral("UPDATE answer SET comment = 'Nobody greeted me', option_id = (SELECT id FROM question_option o WHERE o.question_id = "
                       "answer.question_id AND o.code = 'no') WHERE %1").arg(answer));
    EXPECT_TRUE(flagsOf(visit, QcFlag::MissingComment).empty());
    sql(QStringLiteral("UPDATE answer SET comment = '  ' WHERE %1").arg(answer));
    auto comments = flagsOf(visit, QcFlag::MissingComment);
    ASSERT_EQ(comments.size(), 1u);
    EXPECT_TRUE(comments.front().text.contains(question)) << comments.front().text.toStdString();

    // The number question allows 0 to 120.
    const QString number = QStringLiteral("response_id = %1 AND question_id = (SELECT q.id FROM question q JOIN response r ON r.version_id = q.version_id "
                                          "WHERE r.id = %1 AND q.type = 'number')").arg(response(visit));
    ASSERT_EQ(scalar(m_file, QStringLiteral("SELECT count(*) FROM answer WHERE %1").arg(number)).toInt(), 1);
    sql(QStringLiteral("UPDATE answer SET number = 120, option_id = NULL WHERE %1").arg(number));
    EXPECT_TRUE(flagsOf(visit, QcFlag::OutOfRange).empty());
    sql(QStringLiteral("UPDATE answer SET number = 121 WHERE %1").arg(number));
    auto range = flagsOf(visit, QcFlag::OutOfRange);
    ASSERT_EQ(range.size(), 1u);
    EXPECT_EQ(range.front().severity, QcFlag::Severity::Serious);
    EXPECT_DOUBLE_EQ(range.front().evidence.value(QStringLiteral("maximum")).toDouble(), 120.0);
}
