#include "commands/ReportCommands.h"
#include "commands/ReviewCommands.h"
#include "commands/UndoStack.h"
#include "project/Project.h"
#include "questionnaire/ScoringPlan.h"
#include "reports/ReportEntry.h"
#include "results/ScoreStore.h"
#include "support/TestProject.h"

#include <gtest/gtest.h>

// One visit's report typed by a clerk (ReportEntry + Command::saveReport) on the demo programme's
// bank questionnaire: drafts that keep the visit as it was, submissions that need every visible
// mandatory answer and required comment, answers a condition hides left out, the stored score
// equal to the form's, and undo.

namespace {

class ReportEntryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_file = m_folder.demoCopy(QStringLiteral("entry.shopscope"));
        ProjectError error;
        m_project = Project::open(m_file, Project::Mode::ReadWrite, &error);
        ASSERT_TRUE(m_project) << error.message.toStdString();
        m_visit = visitAwaitingReport(m_file);
        ASSERT_GT(m_visit, 0);
    }

    ReportEntry open() const
    {
        QString error;
        auto entry = ReportEntry::open(m_project->database(), m_visit, &error);
        EXPECT_TRUE(entry) << error.toStdString();
        return std::move(*entry);
    }

    // Every visible question answered: yes, the first option, the middle of a scale, 12.
    static ReportEntry::Report complete(const ReportEntry& entry)
    {
        ReportEntry::Report report = entry.stored();
        report.visitedAt = QStringLiteral("10:30");
        report.minutes = 25;
        for (const auto& question : entry.plan().questions()) {
            QVariant value;
            switch (question.type) {
            case QuestionType::YesNo: value = QStringLiteral("yes"); break;
            case QuestionType::Single: value = question.optionCodes.first(); break;
            case QuestionType::Multiple: value = QStringList{question.optionCodes.first()}; break;
            case QuestionType::Rating: value = 4.0; break;
            case QuestionType::Nps: value = 9.0; break;
            case QuestionType::Number: value = 12.0; break;
            case QuestionType::Date: value = QStringLiteral("2026-11-05"); break;
            case QuestionType::Time: value = QStringLiteral("10:30"); break;
            case QuestionType::Text: value = QStringLiteral("Friendly and quick."); break;
            }
            report.answers[question.code].value = value;
        }
        return report;
    }

    QString visitStatus() const { return scalar(m_file, QStringLiteral("SELECT status FROM visit WHERE id = %1").arg(m_visit)).toString(); }
    QVariant responseField(const QString& column) const
    {
        return scalar(m_file, QStringLiteral("SELECT %1 FROM response WHERE visit_id = %2").arg(column).arg(m_visit));
    }

    TestFolder m_folder;
    QString m_file;
    std::unique_ptr<Project> m_project;
    qint64 m_visit = 0;
};

} // namespace

TEST_F(ReportEntryTest, ANewReportStartsOnThePlannedDayInTheSourceLanguage)
{
    const ReportEntry entry = open();
    EXPECT_FALSE(entry.visit().responseId);
    EXPECT_EQ(entry.stored().language, QStringLiteral("en"));
    EXPECT_EQ(entry.stored().visitedOn,
              scalar(m_file, QStringLiteral("SELECT planned_date FROM visit WHERE id = %1").arg(m_visit)).toString());
    EXPECT_EQ(entry.visit().scenarioCode, QStringLiteral("MORTGAGE"));
    EXPECT_FALSE(entry.visit().shopperCode.isEmpty());
    EXPECT_TRUE(entry.canSaveDraft());
    EXPECT_GT(entry.plan().questions().size(), size_t(30));
}

TEST_F(ReportEntryTest, AVisitWithoutAShopperHasNoReportToEnter)
{
    const qint64 planned = scalar(m_file, QStringLiteral("SELECT id FROM visit WHERE status = 'planned' LIMIT 1")).toLongLong();
    ASSERT_GT(planned, 0);
    QString error;
    EXPECT_FALSE(ReportEntry::open(m_project->database(), planned, &error));
    EXPECT_EQ(error, QStringLiteral("Visit %1 has no shopper yet: assign one before entering the report.").arg(planned));
    EXPECT_FALSE(ReportEntry::open(m_project->database(), 99999999, &error));
    EXPECT_EQ(error, QStringLiteral("There is no visit 99999999 in this file."));
}

TEST_F(ReportEntryTest, AnswersAreReadAsCodesOrLabelsInAnyLanguage)
{
    const ReportEntry entry = open();
    QString error;
    EXPECT_EQ(entry.parseAnswer(QStringLiteral("GRT01"), QStringLiteral("Jā"), &error), QVariant(QStringLiteral("yes")));
    EXPECT_EQ(entry.parseAnswer(QStringLiteral("GRT01"), QStringLiteral(" NO "), &error), QVariant(QStringLiteral("no")));
    EXPECT_EQ(entry.parseAnswer(QStringLiteral("GRT01"), QStringLiteral("nie dotyczy"), &error), QVariant(QStringLiteral("na")));
    EXPECT_EQ(entry.parseAnswer(QStringLiteral("OVR01"), QStringLiteral("4"), &error), QVariant(4.0));
    EXPECT_EQ(entry.parseAnswer(QStringLiteral("OFR08"), QStringLiteral("savings; pension"), &error),
              QVariant(QStringList{QStringLiteral("savings"), QStringLiteral("pension")}));
    EXPECT_FALSE(entry.parseAnswer(QStringLiteral("GRT01"), QStringLiteral("perhaps"), &error));
    EXPECT_EQ(error, QStringLiteral("“perhaps” is not an answer to GRT01 (yes, no, na, or their labels)."));
    EXPECT_FALSE(entry.parseAnswer(QStringLiteral("GRT03"), QStringLiteral("n/a"), &error));
    EXPECT_EQ(error, QStringLiteral("GRT03 does not allow N/A."));
    EXPECT_FALSE(entry.parseAnswer(QStringLiteral("XYZ99"), QStringLiteral("yes"), &error));
}

TEST_F(ReportEntryTest, ADraftKeepsTheVisitAsItWasAndComesBackAsTyped)
{
    ReportEntry entry = open();
    ReportEntry::Report report = entry.stored();
    report.answers[QStringLiteral("GRT01")].value = QStringLiteral("no");
    report.answers[QStringLiteral("GRT01")].comment = QStringLiteral("Nobody looked up.");
    report.answers[QStringLiteral("OVR01")].value = 2.0;
    report.staff = QStringLiteral("Ieva Bērziņa");
    // A draft may miss mandatory answers; a submission may not.
    EXPECT_FALSE(entry.check(report, true).isEmpty());
    EXPECT_TRUE(entry.check(report, false).isEmpty());
    const qint64 events = scalar(m_file, QStringLiteral("SELECT count(*) FROM visit_event")).toLongLong();
    QString error;
    bool changed = false;
    ASSERT_TRUE(Command::saveReport(m_project.get(), entry, report, false, &error, &changed)) << error.toStdString();
    EXPECT_TRUE(changed);
    EXPECT_EQ(visitStatus(), QStringLiteral("accepted"));
    EXPECT_TRUE(responseField(QStringLiteral("submitted_at")).isNull());
    EXPECT_EQ(responseField(QStringLiteral("source")).toString(), QStringLiteral("entry"));
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT count(*) FROM visit_event")).toLongLong(), events);
    // Drafts are scored like any report but count in no result (only approved visits do).
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT count(*) FROM visit_score s JOIN response r ON r.id = s.response_id "
                                            "WHERE r.visit_id = %1").arg(m_visit)).toInt(), 1);

    const ReportEntry again = open();
    EXPECT_TRUE(again.visit().responseId);
    EXPECT_FALSE(again.visit().submitted);
    EXPECT_TRUE(again.stored() == report);
    EXPECT_EQ(again.stored().answers.value(QStringLiteral("GRT01")).comment, QStringLiteral("Nobody looked up."));
    EXPECT_EQ(again.stored().staff, QStringLiteral("Ieva Bērziņa"));
    // Saving it again unchanged writes nothing.
    ASSERT_TRUE(Command::saveReport(m_project.get(), again, report, false, &error, &changed));
    EXPECT_FALSE(changed);
}

TEST_F(ReportEntryTest, ASubmissionNeedsEveryVisibleMandatoryAnswerAndRequiredComment)
{
    const ReportEntry entry = open();
    ReportEntry::Report report = complete(entry);
    EXPECT_TRUE(entry.check(report, true).isEmpty());

    ReportEntry::Report gaps = report;
    gaps.answers.remove(QStringLiteral("NDS01"));
    gaps.answers[QStringLiteral("NDS06")].value = QStringLiteral("no"); // asks for a comment
    const auto problems = entry.check(gaps, true);
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems[0].field, QStringLiteral("NDS01"));
    EXPECT_EQ(problems[0].message, QStringLiteral("NDS01 is mandatory and has no answer."));
    EXPECT_EQ(problems[1].message, QStringLiteral("NDS06 needs a comment for this answer."));

    // A question its condition hides needs no answer: PRM01 "under two minutes" hides PRM02 and PRM03.
    ReportEntry::Report quick = report;
    quick.answers[QStringLiteral("PRM01")].value = QStringLiteral("lt2");
    quick.answers.remove(QStringLiteral("PRM02"));
    quick.answers.remove(QStringLiteral("PRM03"));
    EXPECT_TRUE(entry.check(quick, true).isEmpty());

    ReportEntry::Report bad = report;
    bad.visitedOn = QStringLiteral("2026-02-30");
    bad.visitedAt = QStringLiteral("25:00");
    bad.answers[QStringLiteral("OVR01")].value = 9.0;
    bad.language = QStringLiteral("de");
    QStringList fields;
    for (const auto& problem : entry.check(bad, false))
        fields << problem.field;
    EXPECT_EQ(fields, (QStringList{QStringLiteral("language"), QStringLiteral("visited_on"), QStringLiteral("visited_at"),
                                   QStringLiteral("OVR01")}));
    const QString before = scalar(m_file, QStringLiteral("SELECT count(*) || '|' || (SELECT count(*) FROM answer) FROM response")).toString();
    QString error;
    EXPECT_FALSE(Command::saveReport(m_project.get(), entry, bad, true, &error));
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT count(*) || '|' || (SELECT count(*) FROM answer) FROM response")).toString(), before);
}

TEST_F(ReportEntryTest, ASubmittedReportIsScoredAsTheFormShowsItAndUndoTakesItBack)
{
    const ReportEntry entry = open();
    ReportEntry::Report report = complete(entry);
    report.answers[QStringLiteral("PRM01")].value = QStringLiteral("lt2"); // PRM02 and PRM03 hidden: their answers go
    report.answers[QStringLiteral("NDS02")].value = QStringLiteral("no");
    const FormState form = entry.state(report);
    ASSERT_TRUE(form.score.visit.score);

    QString error;
    ASSERT_TRUE(Command::saveReport(m_project.get(), entry, report, true, &error)) << error.toStdString();
    EXPECT_EQ(visitStatus(), QStringLiteral("submitted"));
    EXPECT_FALSE(responseField(QStringLiteral("submitted_at")).isNull());
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT note FROM visit_event WHERE visit_id = %1 ORDER BY id DESC LIMIT 1").arg(m_visit)).toString(),
              QStringLiteral("report entered"));
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT count(*) FROM answer a JOIN question q ON q.id = a.question_id JOIN response r "
                                            "ON r.id = a.response_id WHERE r.visit_id = %1 AND q.code IN ('PRM02', 'PRM03')").arg(m_visit)).toInt(),
              0);
    const double stored = scalar(m_file, QStringLiteral("SELECT s.score FROM visit_score s JOIN response r ON r.id = s.response_id "
                                                        "WHERE r.visit_id = %1").arg(m_visit)).toDouble();
    EXPECT_NEAR(stored, *form.score.visit.score, 1e-9);
    const auto comparison = ScoreStore::compare(m_project->database(), 3, &error);
    ASSERT_TRUE(comparison) << error.toStdString();
    EXPECT_EQ(comparison->differing, 0);

    // A submitted report is corrected and submitted again, never turned back into a draft.
    const ReportEntry submitted = open();
    EXPECT_TRUE(submitted.visit().submitted);
    EXPECT_FALSE(submitted.canSaveDraft());
    EXPECT_FALSE(Command::saveReport(m_project.get(), submitted, submitted.stored(), false, &error));

    ASSERT_TRUE(m_project->undoStack()->undo(&error)) << error.toStdString();
    EXPECT_EQ(visitStatus(), QStringLiteral("accepted"));
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT count(*) FROM response WHERE visit_id = %1").arg(m_visit)).toInt(), 0);
    ASSERT_TRUE(m_project->undoStack()->redo(&error)) << error.toStdString();
    EXPECT_EQ(visitStatus(), QStringLiteral("submitted"));
}

TEST_F(ReportEntryTest, AnApprovedReportIsReadOnly)
{
    const qint64 approved = scalar(m_file, QStringLiteral("SELECT id FROM visit WHERE status = 'approved' LIMIT 1")).toLongLong();
    ASSERT_GT(approved, 0);
    QString error;
    auto entry = ReportEntry::open(m_project->database(), approved, &error);
    ASSERT_TRUE(entry) << error.toStdString();
    EXPECT_TRUE(entry->readOnly());
    EXPECT_FALSE(entry->stored().answers.isEmpty());
    const auto problems = entry->check(entry->stored(), true);
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_EQ(problems.first().message, QStringLiteral("The report of visit %1 is approved: it can no longer be changed.").arg(approved));
}

TEST_F(ReportEntryTest, ProblemsComeInFormOrderSoTheFirstIsWhereTheClerkGoesFirst)
{
    const ReportEntry entry = open();
    ReportEntry::Report report = complete(entry);
    report.answers[QStringLiteral("GRT03")].value = QStringLiteral("no"); // asks for a comment
    report.answers.remove(QStringLiteral("GRT04"));
    const auto problems = entry.check(report, true);
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems[0].message, QStringLiteral("GRT03 needs a comment for this answer."));
    EXPECT_EQ(problems[1].message, QStringLiteral("GRT04 is mandatory and has no answer."));
}
