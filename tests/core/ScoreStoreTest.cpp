#include "results/ScoreStore.h"

#include "commands/UndoStack.h"
#include "project/Project.h"
#include "project/ProjectChecker.h"
#include "questionnaire/QuestionnaireStore.h"
#include "questionnaire/ScoringEngine.h"
#include "results/ScoreRefresh.h"
#include "support/TestProject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtEndian>
#include <cmath>
#include <cstring>
#include <gtest/gtest.h>
#include <thread>

// The scored results store on the demo programme: what is stored equals the scoring engine's
// result for the answers, read independently of the store's own reader; rescoring one report,
// staleness, the check, and a full rescoring on a worker with progress and cancel.

namespace {

// The i-th little-endian single of a packed blob, decoded here rather than by the store.
float packedAt(const QByteArray& packed, int slot)
{
    const quint32 bits = qFromLittleEndian<quint32>(packed.constData() + slot * 4);
    float value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

class ScoreStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_folder.demoCopy(QStringLiteral("demo.shopscope"));
        open();
    }
    void open()
    {
        ProjectError error;
        m_project = Project::open(m_path, Project::Mode::ReadWrite, &error);
        ASSERT_TRUE(m_project) << error.message.toStdString();
    }
    qint64 count(const QString& sql) const { return scalar(m_path, sql).toLongLong(); }
    std::optional<ScoreStore::Comparison> compare() const
    {
        QString error;
        auto comparison = ScoreStore::compare(m_project->database(), 5, &error);
        EXPECT_TRUE(comparison) << error.toStdString();
        return comparison;
    }
    qint64 stale() const
    {
        QString error;
        const auto stale = ScoreStore::staleCount(m_project->database(), &error);
        EXPECT_TRUE(stale) << error.toStdString();
        return stale.value_or(-1);
    }

    TestFolder m_folder;
    QString m_path;
    std::unique_ptr<Project> m_project;
};

} // namespace

TEST_F(ScoreStoreTest, TheDemoStoresEveryReportsScoresAsAFreshRescoringGivesThem)
{
    const qint64 reports = count(QStringLiteral("SELECT count(*) FROM response"));
    ASSERT_GT(reports, 1000);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM visit_score")), reports);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM question_scores")), reports);
    EXPECT_GT(count(QStringLiteral("SELECT count(*) FROM section_score")), reports * 3);
    const auto comparison = compare();
    ASSERT_TRUE(comparison);
    EXPECT_EQ(comparison->compared, reports);
    EXPECT_EQ(comparison->differing, 0) << comparison->details.join(QStringLiteral("; ")).toStdString();
    EXPECT_EQ(stale(), 0);
}

// Every 37th report scored through the questionnaire's JSON answers (the path of `questionnaire
// score`), not through the store's reader: the stored visit, section and question scores agree.
TEST_F(ScoreStoreTest, StoredScoresAreTheEnginesScoresOfTheAnswers)
{
    const QSqlDatabase db = m_project->database();
    const qint64 versionId
        = scalar(m_path, QStringLiteral("SELECT min(version_id) FROM response")).toLongLong();
    QString error;
    const auto questionnaire = QuestionnaireStore::load(db, versionId, &error);
    ASSERT_TRUE(questionnaire) << error.toStdString();
    const ScoringPlan plan(*questionnaire);
    QStringList slotCodes; // the packed layout: questions in ascending id
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT code FROM question WHERE version_id = ? ORDER BY id"));
    query.addBindValue(versionId);
    ASSERT_TRUE(query.exec());
    while (query.next())
        slotCodes << query.value(0).toString();

    QSqlQuery reports(
        QStringLiteral(
            "SELECT r.id, s.score, s.knocked_out, q.scores FROM response r "
            "JOIN visit_score s ON s.response_id = r.id JOIN question_scores q ON q.response_id = r.id "
            "WHERE r.id % 37 = 0 ORDER BY r.id"),
        db);
    int checked = 0;
    int knockedOut = 0;
    while (reports.next()) {
        const qint64 id = reports.value(0).toLongLong();
        std::vector<AnswerValue> answers(plan.questions().size());
        QSqlQuery rows(db);
        rows.prepare(QStringLiteral("SELECT q.code, o.code, a.number, a.text, q.type, (SELECT "
                                    "json_group_array(c2.code) FROM answer_choice c "
                                    "JOIN question_option c2 ON c2.id = c.option_id WHERE c.response_id = "
                                    "a.response_id AND c.question_id = a.question_id) "
                                    "FROM answer a JOIN question q ON q.id = a.question_id LEFT JOIN "
                                    "question_option o ON o.id = a.option_id "
                                    "WHERE a.response_id = ?"));
        rows.addBindValue(id);
        ASSERT_TRUE(rows.exec());
        while (rows.next()) {
            const int index = plan.questionIndex(rows.value(0).toString());
            ASSERT_GE(index, 0);
            QJsonValue value;
            if (rows.value(4).toString() == QLatin1String("multiple"))
                value = QJsonDocument::fromJson(rows.value(5).toByteArray()).array();
            else if (!rows.value(1).isNull())
                value = rows.value(1).toString();
            else if (!rows.value(2).isNull())
                value = rows.value(2).toDouble();
            else
                value = rows.value(3).toString();
            const auto answer = plan.answerFromJson(index, value, &error);
            ASSERT_TRUE(answer) << error.toStdString();
            answers[size_t(index)] = *answer;
        }
        const VisitScore fresh = ScoringEngine::score(plan, answers);
        ASSERT_EQ(fresh.visit.score.has_value(), !reports.value(1).isNull()) << "report " << id;
        if (fresh.visit.score) {
            EXPECT_DOUBLE_EQ(*fresh.visit.score, reports.value(1).toDouble()) << "report " << id;
        }
        EXPECT_EQ(fresh.visit.knockedOut, reports.value(2).toBool());
        knockedOut += fresh.visit.knockedOut ? 1 : 0;

        for (size_t s = 0; s < plan.sections().size(); ++s) {
            const QVariant stored
                = scalar(m_path,
                         QStringLiteral("SELECT ss.score FROM section_score ss JOIN section x "
                                        "ON x.id = ss.section_id WHERE ss.response_id = %1 AND x.code = '%2'")
                             .arg(id)
                             .arg(plan.sections()[s].code));
            ASSERT_EQ(fresh.sections[s].score.has_value(), stored.isValid())
                << "report " << id << " section " << s;
            if (stored.isValid()) {
                EXPECT_DOUBLE_EQ(*fresh.sections[s].score, stored.toDouble());
            }
        }
        const QByteArray packed = reports.value(3).toByteArray();
        ASSERT_EQ(packed.size(), slotCodes.size() * 4);
        for (int slot = 0; slot < slotCodes.size(); ++slot) {
            const auto& own = fresh.questions[size_t(plan.questionIndex(slotCodes[slot]))];
            const float stored = packedAt(packed, slot);
            ASSERT_EQ(own.score.has_value(), !std::isnan(stored))
                << "report " << id << " " << slotCodes[slot].toStdString();
            if (own.score) {
                EXPECT_FLOAT_EQ(float(*own.score), stored);
            }
        }
        ++checked;
    }
    EXPECT_GT(checked, 30);
    EXPECT_GT(knockedOut, 0) << "the sample includes visits zeroed by the critical item";
}

TEST_F(ScoreStoreTest, CheckNamesTheReportWhoseStoredScoreWasAltered)
{
    const qint64 victim = scalar(m_path,
                                 QStringLiteral("SELECT response_id FROM visit_score WHERE score > 50 "
                                                "ORDER BY response_id LIMIT 1 OFFSET 100"))
                              .toLongLong();
    m_project.reset();
    tamper(m_path,
           QStringLiteral("UPDATE visit_score SET score = score - 10 WHERE response_id = %1").arg(victim));
    open();
    const auto problems = ProjectChecker::check(m_project->database(), {});
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.first().rule, QStringLiteral("scores"));
    EXPECT_EQ(problems.first().count, 1);
    EXPECT_TRUE(problems.first().message.contains(QStringLiteral("report %1:").arg(victim)))
        << problems.first().message.toStdString();

    // Rescoring that one report repairs it; another one, far off, loses a section row it should
    // not have (the closing impressions have no scored item), and the reports between are untouched.
    const qint64 far = victim + 500;
    const QString before = scalar(m_path, QStringLiteral("SELECT group_concat(computed_at) FROM visit_score "
                                                         "WHERE response_id > %1 AND response_id < %2")
                                              .arg(victim)
                                              .arg(far))
                               .toString();
    m_project.reset();
    tamper(m_path, QStringLiteral("INSERT INTO section_score (response_id, section_id, score, earned, possible) "
                                  "SELECT %1, s.id, 50, 1, 2 FROM section s WHERE s.code = 'OVR'")
                       .arg(far));
    open();
    EXPECT_EQ(ProjectChecker::check(m_project->database(), {}).value(0).count, 2);
    ScoreStore::Counts counts;
    ASSERT_TRUE(m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            return ScoreStore::rescore(db, { victim, far }, QStringLiteral("2027-01-01T00:00:00Z"), &counts, why);
        },
        static_cast<QString*>(nullptr)));
    EXPECT_EQ(counts.responses, 2);
    EXPECT_TRUE(ProjectChecker::check(m_project->database(), {}).isEmpty());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM visit_score WHERE computed_at = '2027-01-01T00:00:00Z'")), 2);
    EXPECT_EQ(scalar(m_path, QStringLiteral("SELECT group_concat(computed_at) FROM visit_score "
                                            "WHERE response_id > %1 AND response_id < %2")
                                 .arg(victim)
                                 .arg(far))
                  .toString(),
              before);
}

TEST_F(ScoreStoreTest, MissingScoresAndScoresOfOtherRulesAreStale)
{
    const qint64 reports = count(QStringLiteral("SELECT count(*) FROM response"));
    m_project.reset();
    tamper(
        m_path,
        QStringLiteral("DELETE FROM visit_score WHERE response_id % 10 = 0; "
                       "UPDATE visit_score SET fingerprint = fingerprint + 1 WHERE response_id % 10 = 1;"));
    // A section row that a rescoring must remove: the closing impressions have no scored item.
    const qint64 extra = count(QStringLiteral("SELECT min(id) FROM response WHERE id % 10 = 5"));
    tamper(m_path, QStringLiteral("INSERT INTO section_score (response_id, section_id, score, earned, possible) "
                                  "SELECT %1, id, 50, 1, 2 FROM section WHERE code = 'OVR'")
                       .arg(extra));
    open();
    const qint64 expected = count(QStringLiteral("SELECT count(*) FROM response WHERE id % 10 IN (0, 1)"));
    EXPECT_EQ(stale(), expected);
    const auto comparison = compare();
    ASSERT_TRUE(comparison);
    EXPECT_EQ(comparison->differing, expected + 1);
    EXPECT_EQ(comparison->first.size(), 5);

    // A full rescoring writes every report again, in one transaction.
    ScoreStore::Counts counts;
    ASSERT_TRUE(m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            return ScoreStore::rescoreAll(db, ScoreStore::now(), &counts, why);
        },
        static_cast<QString*>(nullptr)));
    EXPECT_EQ(counts.responses, reports);
    EXPECT_EQ(counts.versions, 1);
    EXPECT_EQ(counts.sections, count(QStringLiteral("SELECT count(*) FROM section_score")));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM section_score s JOIN section x ON x.id = s.section_id "
                                   "WHERE x.code = 'OVR'")),
              0);
    EXPECT_EQ(stale(), 0);
    EXPECT_EQ(compare()->differing, 0);
}

TEST_F(ScoreStoreTest, ARescoringOnAWorkerReportsProgressAndACancelWritesNothing)
{
    const qint64 reports = count(QStringLiteral("SELECT count(*) FROM response"));
    m_project.reset();
    tamper(m_path, QStringLiteral("UPDATE visit_score SET score = 1, fingerprint = 0"));
    open();
    ASSERT_EQ(stale(), reports);

    auto runOnWorker
        = [&](const std::atomic<bool>* cancel, const std::function<void(int)>& onProgress, QList<int>* seen) {
              bool done = false;
              ProjectError error;
              std::thread worker([&] {
                  ScoreStore::Counts counts;
                  done = ScoreRefresh::run(
                      m_project.get(), cancel,
                      [&](int percent) {
                          *seen << percent;
                          onProgress(percent);
                      },
                      &counts, &error);
              });
              worker.join();
              return std::make_pair(done, error);
          };

    std::atomic<bool> cancel = false;
    QList<int> seen;
    const auto [cancelled, why] = runOnWorker(
        &cancel, [&](int) { cancel = true; }, &seen);
    EXPECT_FALSE(cancelled);
    EXPECT_EQ(why.code, ProjectError::Code::Cancelled);
    EXPECT_EQ(stale(), reports) << "a cancelled rescoring leaves the old scores";
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM visit_score WHERE score = 1")), reports);

    cancel = false;
    seen.clear();
    const auto [done, error] = runOnWorker(
        &cancel, [](int) {}, &seen);
    ASSERT_TRUE(done) << error.message.toStdString();
    ASSERT_FALSE(seen.isEmpty());
    EXPECT_TRUE(std::is_sorted(seen.cbegin(), seen.cend()));
    EXPECT_EQ(seen.last(), 100);
    EXPECT_EQ(stale(), 0);
    EXPECT_EQ(compare()->differing, 0);
    // Derived data, not a user's edit: nothing to undo.
    EXPECT_FALSE(m_project->undoStack()->canUndo());
}
