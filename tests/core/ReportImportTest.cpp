#include "commands/ReportCommands.h"
#include "commands/UndoStack.h"
#include "io/CsvReader.h"
#include "project/Project.h"
#include "reports/ReportImport.h"
#include "results/ScoreStore.h"
#include "support/TestProject.h"

#include <gtest/gtest.h>

// Importing shopper reports from a platform's CSV into the demo programme: codes and labels in
// any language, N/A spellings, multiple choice both ways, matching by visit id or by location,
// shopper and date; errors named by line and column that change nothing; the same file twice.

namespace {

class ReportImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_file = m_folder.demoCopy(QStringLiteral("reports.shopscope"));
        ProjectError error;
        m_project = Project::open(m_file, Project::Mode::ReadWrite, &error);
        ASSERT_TRUE(m_project) << error.message.toStdString();
        m_first = doneVisit(0);
        m_second = doneVisit(1);
        ASSERT_GT(m_second, 0);
    }
    qint64 doneVisit(int skip) const
    {
        return scalar(m_file, QStringLiteral("SELECT v.id FROM visit v JOIN scenario s ON s.id = v.scenario_id WHERE v.status = 'done' "
                                             "AND s.code = 'MORTGAGE' ORDER BY v.id LIMIT 1 OFFSET %1").arg(skip)).toLongLong();
    }
    ReportImport::Plan plan(const QString& csv) const
    {
        const QString path = m_folder.writeFile(QStringLiteral("reports.csv"), csv.toUtf8());
        QList<CsvProblem> problems;
        const auto table = CsvReader().readFile(path, &problems);
        EXPECT_TRUE(table) << (problems.isEmpty() ? std::string() : problems.first().toString().toStdString());
        return ReportImport::plan(m_project->database(), table.value_or(CsvTable()), ReportImport::Options(), QStringLiteral("reports.csv"));
    }
    QString state() const
    {
        return scalar(m_file, QStringLiteral("SELECT (SELECT count(*) FROM response) || '|' || (SELECT count(*) FROM answer) || '|' || "
                                             "(SELECT count(*) FROM answer_choice) || '|' || (SELECT group_concat(id || status) FROM visit) || '|' || "
                                             "(SELECT count(*) FROM visit_event)")).toString();
    }
    QString answer(qint64 visit, const QString& question) const
    {
        return scalar(m_file, QStringLiteral(
            "SELECT ifnull(o.code, '') || ifnull(a.number, '') || ifnull(a.text, '') || '|' || ifnull(a.comment, '') || '|' || "
            "ifnull((SELECT group_concat(co.code) FROM answer_choice c JOIN question_option co ON co.id = c.option_id "
            "WHERE c.response_id = a.response_id AND c.question_id = a.question_id), '') FROM answer a JOIN response r ON r.id = a.response_id "
            "JOIN question q ON q.id = a.question_id LEFT JOIN question_option o ON o.id = a.option_id WHERE r.visit_id = %1 AND q.code = '%2'")
                                  .arg(visit).arg(question)).toString();
    }

    TestFolder m_folder;
    QString m_file;
    std::unique_ptr<Project> m_project;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

} // namespace

TEST_F(ReportImportTest, CodesLabelsNaAndMultipleChoiceBothWaysAreReadAndTheSameFileTwiceChangesNothing)
{
    const QString csv = QStringLiteral("Visit ID,Date,Time,Duration,GRT01,GRT02,GRT02_comment,GRT05,OFR07,OFR08,OFR08/app,OFR08/funds\n"
                                       "%1,2026-11-10,10:15,27,yes,Nē,Nobody greeted me,n/a,Jā,savings|pension,,\n"
                                       "%2,10.11.2026,11:00,25,1,No,,Not applicable,yes,,x,0\n")
                            .arg(m_first)
                            .arg(m_second);
    ReportImport::Plan first = plan(csv);
    ASSERT_FALSE(first.hasErrors()) << first.problems.first().message.toStdString();
    EXPECT_EQ(first.inserts, 2);
    const QString before = state();
    QString error;
    ASSERT_TRUE(Command::importReports(m_project.get(), std::move(first.reports), QStringLiteral("reports.csv"), &error)) << error.toStdString();
    EXPECT_EQ(answer(m_first, QStringLiteral("GRT01")), QStringLiteral("yes||"));
    EXPECT_EQ(answer(m_first, QStringLiteral("GRT02")), QStringLiteral("no|Nobody greeted me|")) << "the Latvian label";
    EXPECT_EQ(answer(m_first, QStringLiteral("GRT05")), QStringLiteral("na||"));
    EXPECT_EQ(answer(m_first, QStringLiteral("OFR08")), QStringLiteral("||savings,pension"));
    EXPECT_EQ(answer(m_second, QStringLiteral("GRT01")), QStringLiteral("yes||"));
    EXPECT_EQ(answer(m_second, QStringLiteral("GRT05")), QStringLiteral("na||")) << "the English label of N/A";
    EXPECT_EQ(answer(m_second, QStringLiteral("OFR08")), QStringLiteral("||app")) << "a column per option";
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT v.status || r.visited_on || r.source FROM visit v JOIN response r ON r.visit_id = v.id "
                                            "WHERE v.id = %1").arg(m_second)).toString(),
              QStringLiteral("submitted2026-11-10import"));

    // The stored scores came with the answers, and equal a fresh rescoring.
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT count(*) FROM visit_score s JOIN response r ON r.id = s.response_id WHERE r.visit_id IN (%1, %2)")
                                 .arg(m_first)
                                 .arg(m_second)).toInt(),
              2);
    auto consistent = [this] {
        QString why;
        const auto comparison = ScoreStore::compare(m_project->database(), 3, &why);
        EXPECT_TRUE(comparison) << why.toStdString();
        return comparison && comparison->differing == 0;
    };
    EXPECT_TRUE(consistent());

    const QString after = state();
    ReportImport::Plan again = plan(csv);
    EXPECT_FALSE(again.hasErrors());
    EXPECT_EQ(again.unchanged, 2);
    EXPECT_TRUE(again.reports.empty());
    EXPECT_EQ(state(), after);

    // A changed answer replaces the report; undo brings the first import's answers back.
    ReportImport::Plan changed = plan(QString(csv).replace(QStringLiteral("Nē"), QStringLiteral("yes")));
    ASSERT_EQ(changed.updates, 1);
    ASSERT_TRUE(Command::importReports(m_project.get(), std::move(changed.reports), QStringLiteral("reports.csv"), &error)) << error.toStdString();
    EXPECT_EQ(answer(m_first, QStringLiteral("GRT02")), QStringLiteral("yes|Nobody greeted me|"));
    EXPECT_TRUE(consistent());
    ASSERT_TRUE(m_project->undoStack()->undo(&error)) << error.toStdString();
    EXPECT_EQ(answer(m_first, QStringLiteral("GRT02")), QStringLiteral("no|Nobody greeted me|"));
    EXPECT_EQ(state(), after);
    EXPECT_TRUE(consistent()) << "undo rescored the replaced report";
    ASSERT_TRUE(m_project->undoStack()->undo(&error)) << error.toStdString();
    EXPECT_EQ(state(), before);
}

TEST_F(ReportImportTest, BadCellsAreNamedByLineAndColumnAndNothingIsPlannedForTheirRows)
{
    const qint64 planned = scalar(m_file, QStringLiteral("SELECT min(id) FROM visit WHERE status = 'planned'")).toLongLong();
    const QString csv = QStringLiteral("Visit ID,Date,GRT01,GRT06,OFR08\n"
                                       "%1,2026-11-10,maybe,4,\n"
                                       "%2,2026-11-10,yes,9,\n"
                                       "%2,2026-11-10,yes,4,\n"
                                       "999999,2026-11-10,yes,4,\n"
                                       "%3,2026-11-10,yes,4,\n"
                                       "%4,2026-11-31,yes,4,\n")
                            .arg(m_first)
                            .arg(m_second)
                            .arg(planned)
                            .arg(doneVisit(2));
    const ReportImport::Plan result = plan(csv);
    QStringList messages;
    for (const CsvProblem& problem : result.problems)
        if (problem.severity == CsvProblem::Severity::Error)
            messages << problem.message;
    EXPECT_TRUE(result.reports.empty());
    ASSERT_EQ(messages.size(), 6) << messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(messages[0], QStringLiteral("line 2, column 3 (GRT01): “maybe” is not an answer to GRT01 (yes, no, na, or their labels)"));
    EXPECT_EQ(messages[1], QStringLiteral("line 3, column 4 (GRT06): 9 is outside 1 to 5"));
    EXPECT_EQ(messages[2], QStringLiteral("line 4, column 1 (Visit ID): visit %1 is on line 3 already").arg(m_second));
    EXPECT_EQ(messages[3], QStringLiteral("line 5, column 1 (Visit ID): there is no visit 999999"));
    EXPECT_EQ(messages[4], QStringLiteral("line 6, column 1 (Visit ID): visit %1 is planned: it has no shopper to report on it").arg(planned));
    EXPECT_EQ(messages[5], QStringLiteral("line 7, column 2 (Date): “2026-11-31” is not a date (2026-11-05 or 05.11.2026)"));
}

TEST_F(ReportImportTest, RowsMatchByLocationShopperAndDateAndAnApprovedReportIsNeverChanged)
{
    const QString key = scalar(m_file, QStringLiteral("SELECT l.code || ',' || s.code FROM visit v JOIN location l ON l.id = v.location_id "
                                                      "JOIN shopper s ON s.id = v.shopper_id WHERE v.id = %1").arg(m_first)).toString();
    ReportImport::Plan matched = plan(QStringLiteral("Location,Shopper,Date,GRT01\n%1,2026-11-12,yes\n").arg(key));
    ASSERT_FALSE(matched.hasErrors()) << matched.problems.first().message.toStdString();
    ASSERT_EQ(matched.reports.size(), 1u);
    EXPECT_EQ(matched.reports.front().visitId, m_first);

    const qint64 approved = scalar(m_file, QStringLiteral("SELECT v.id FROM visit v JOIN scenario s ON s.id = v.scenario_id WHERE "
                                                          "v.status = 'approved' AND s.code = 'MORTGAGE' LIMIT 1")).toLongLong();
    const ReportImport::Plan refused = plan(QStringLiteral("Visit,Date,GRT01\n%1,2026-11-12,no\n").arg(approved));
    ASSERT_TRUE(refused.hasErrors());
    EXPECT_TRUE(refused.problems.first().message.contains(QStringLiteral("is approved: send it back before importing a changed one")))
        << refused.problems.first().message.toStdString();
}
