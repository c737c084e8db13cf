#include "project/Project.h"
#include "questionnaire/QuestionnairePreview.h"
#include "questionnaire/ScoringPlan.h"
#include "reports/ReportEntry.h"
#include "review/ReportEntryDialog.h"
#include "support/TestProject.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

// A data-entry clerk types a whole report of the demo programme's bank visit (40-odd questions)
// with the keyboard alone: the visit's facts, then every question by its keys, the comments the
// answers call for, and Ctrl+Enter to submit.

namespace {

class ReportEntryDialogTest : public ::testing::Test
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

    std::unique_ptr<ReportEntryDialog> openDialog()
    {
        QString error;
        auto entry = ReportEntry::open(m_project->database(), m_visit, &error);
        EXPECT_TRUE(entry) << error.toStdString();
        auto dialog = std::make_unique<ReportEntryDialog>(m_project.get(), std::move(*entry));
        dialog->show();
        QApplication::setActiveWindow(dialog.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog.get()));
        return dialog;
    }
    static QWidget* focused() { return QApplication::focusWidget(); }
    static void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) { QTest::keyClick(focused(), k, modifiers); }
    static void type(const QString& text) { QTest::keyClicks(focused(), text); }

    QString stored(const QString& question) const
    {
        return scalar(m_file, QStringLiteral(
                                  "SELECT ifnull(o.code, '') || ifnull(a.number, '') || ifnull(a.text, '') || '|' || ifnull(a.comment, '') || '|' || "
                                  "ifnull((SELECT group_concat(co.code) FROM answer_choice c JOIN question_option co ON co.id = c.option_id "
                                  "WHERE c.response_id = a.response_id AND c.question_id = a.question_id), '') FROM answer a "
                                  "JOIN response r ON r.id = a.response_id JOIN question q ON q.id = a.question_id "
                                  "LEFT JOIN question_option o ON o.id = a.option_id WHERE r.visit_id = %1 AND q.code = '%2'")
                                  .arg(m_visit)
                                  .arg(question))
            .toString();
    }
    QString visitStatus() const { return scalar(m_file, QStringLiteral("SELECT status FROM visit WHERE id = %1").arg(m_visit)).toString(); }

    TestFolder m_folder;
    QString m_file;
    std::unique_ptr<Project> m_project;
    qint64 m_visit = 0;
};

} // namespace

TEST_F(ReportEntryDialogTest, AClerkTypesAWholeReportWithoutTheMouse)
{
    auto dialog = openDialog();
    QuestionnairePreview* form = dialog->form();
    // The facts first: date (as planned), time, duration, who served, the general comment.
    ASSERT_EQ(focused(), dialog->dateEdit());
    key(Qt::Key_Return);
    ASSERT_EQ(focused(), dialog->timeEdit()) << focused()->metaObject()->className() << " " << focused()->parentWidget()->parentWidget()->objectName().toStdString() << " " << dialog->form()->currentQuestion().toStdString();
    type(QStringLiteral("1030"));
    key(Qt::Key_Tab);
    ASSERT_EQ(focused(), dialog->minutesEdit());
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("25"));
    key(Qt::Key_Return);
    ASSERT_EQ(focused(), dialog->staffEdit());
    type(QStringLiteral("Ieva at the counter"));
    key(Qt::Key_Return);
    ASSERT_EQ(focused(), dialog->commentEdit());
    type(QStringLiteral("Busy branch"));
    key(Qt::Key_Return); // into the questions
    ASSERT_EQ(form->currentQuestion(), QStringLiteral("GRT01"));

    // Then every question the form shows, one or two keys each, in the order the form offers them.
    ScoringPlan plan(form->questionnaire());
    QStringList visited;
    int steps = 0;
    while (focused() != dialog->submitButton() && ++steps < 200) {
        QWidget* input = focused();
        ASSERT_NE(input, nullptr);
        if (auto* comment = qobject_cast<QPlainTextEdit*>(input); comment && comment->objectName() == QStringLiteral("comment")) {
            type(QStringLiteral("Nobody offered help."));
            key(Qt::Key_Tab);
            continue;
        }
        const QString code = form->currentQuestion();
        ASSERT_FALSE(code.isEmpty());
        ASSERT_FALSE(visited.contains(code)) << "the form went back to " << code.toStdString();
        visited << code;
        const QuestionType questionType = plan.questions()[size_t(plan.questionIndex(code))].type;
        switch (questionType) {
        case QuestionType::YesNo:
            if (code == QLatin1String("GRT01"))
                key(Qt::Key_Minus); // N/A
            else if (code == QLatin1String("NDS06"))
                key(Qt::Key_N); // no, which asks for a comment
            else if (code == QLatin1String("OFR07"))
                key(Qt::Key_Y); // yes, which shows OFR08
            else
                key(Qt::Key_1); // the first option: yes
            break;
        case QuestionType::Single:
            key(Qt::Key_2);
            break;
        case QuestionType::Multiple:
            key(Qt::Key_1);
            key(Qt::Key_3);
            key(Qt::Key_Return);
            break;
        case QuestionType::Rating:
            key(Qt::Key_4);
            break;
        case QuestionType::Nps:
            key(Qt::Key_1);
            key(Qt::Key_0); // ten, not one
            break;
        case QuestionType::Number:
            type(QStringLiteral("12"));
            key(Qt::Key_Return);
            break;
        case QuestionType::Text:
            type(QStringLiteral("Clear advice."));
            key(Qt::Key_Tab);
            break;
        default:
            key(Qt::Key_Return);
        }
    }
    ASSERT_EQ(focused(), dialog->submitButton()) << "after " << visited.join(QLatin1Char(' ')).toStdString();
    EXPECT_GE(visited.size(), 40);
    EXPECT_TRUE(visited.contains(QStringLiteral("OFR08")));
    EXPECT_EQ(dialog->findChild<QLabel*>(QStringLiteral("missingAnswers"))->text(), QStringLiteral("Every mandatory question is answered."));

    // The running score on the form is the one the file stores.
    QString error;
    auto entry = ReportEntry::open(m_project->database(), m_visit, &error);
    ASSERT_TRUE(entry);
    const FormState state = entry->state(dialog->report());
    ASSERT_TRUE(state.score.visit.score);
    EXPECT_TRUE(form->visitScoreText().contains(QLocale().toString(std::round(*state.score.visit.score * 10) / 10, 'f',
                                                                    std::fmod(std::round(*state.score.visit.score * 10), 10) == 0 ? 0 : 1)))
        << form->visitScoreText().toStdString();

    key(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(dialog->result(), QDialog::Accepted) << dialog->problemsLabel()->text().toStdString();
    EXPECT_EQ(visitStatus(), QStringLiteral("submitted"));
    EXPECT_EQ(stored(QStringLiteral("GRT01")), QStringLiteral("na||"));
    EXPECT_EQ(stored(QStringLiteral("NDS06")), QStringLiteral("no|Nobody offered help.|"));
    EXPECT_EQ(stored(QStringLiteral("OVR01")), QStringLiteral("4.0||"));
    EXPECT_EQ(stored(QStringLiteral("OVR03")), QStringLiteral("10.0||"));
    EXPECT_EQ(stored(QStringLiteral("OVR06")), QStringLiteral("Clear advice.||"));
    EXPECT_EQ(stored(QStringLiteral("OFR08")).count(QLatin1Char(',')), 1) << stored(QStringLiteral("OFR08")).toStdString();
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT visited_at || '|' || duration_minutes || '|' || staff_description || '|' || comment "
                                            "FROM response WHERE visit_id = %1").arg(m_visit)).toString(),
              QStringLiteral("10:30|25|Ieva at the counter|Busy branch"));
    const double score = scalar(m_file, QStringLiteral("SELECT s.score FROM visit_score s JOIN response r ON r.id = s.response_id "
                                                       "WHERE r.visit_id = %1").arg(m_visit)).toDouble();
    EXPECT_NEAR(score, *state.score.visit.score, 1e-9);
}

TEST_F(ReportEntryDialogTest, ADraftIsSavedWithCtrlSAndComesBackAsTyped)
{
    {
        auto dialog = openDialog();
        ASSERT_TRUE(dialog->form()->focusQuestion(QStringLiteral("GRT01")));
        key(Qt::Key_1);
        key(Qt::Key_2);
        ASSERT_EQ(dialog->form()->currentQuestion(), QStringLiteral("GRT03"));
        key(Qt::Key_2); // no: its comment comes next
        type(QStringLiteral("No queue ticket"));
        key(Qt::Key_S, Qt::ControlModifier);
        EXPECT_EQ(dialog->result(), QDialog::Accepted) << dialog->problemsLabel()->text().toStdString();
    }
    EXPECT_EQ(visitStatus(), QStringLiteral("accepted"));
    EXPECT_EQ(stored(QStringLiteral("GRT03")), QStringLiteral("no|No queue ticket|"));
    EXPECT_TRUE(scalar(m_file, QStringLiteral("SELECT submitted_at FROM response WHERE visit_id = %1").arg(m_visit)).isNull());

    auto again = openDialog();
    EXPECT_EQ(again->findChild<QLabel*>(QStringLiteral("reportState"))->text(), QStringLiteral("Draft: not yet submitted."));
    const auto answers = again->form()->formAnswers();
    EXPECT_EQ(answers.value(QStringLiteral("GRT01")).value, QVariant(QStringLiteral("yes")));
    EXPECT_EQ(answers.value(QStringLiteral("GRT02")).value, QVariant(QStringLiteral("no")));
    EXPECT_EQ(answers.value(QStringLiteral("GRT03")).comment, QStringLiteral("No queue ticket"));
    EXPECT_FALSE(again->isModified());
}

TEST_F(ReportEntryDialogTest, SubmittingWithGapsNamesThemAndPutsTheKeyboardOnTheFirst)
{
    const QString before = scalar(m_file, QStringLiteral("SELECT count(*) FROM response")).toString();
    auto dialog = openDialog();
    ASSERT_TRUE(dialog->form()->focusQuestion(QStringLiteral("GRT01")));
    key(Qt::Key_1);
    key(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_NE(dialog->result(), QDialog::Accepted);
    EXPECT_TRUE(dialog->problemsLabel()->isVisibleTo(dialog.get()));
    EXPECT_TRUE(dialog->problemsLabel()->text().startsWith(QStringLiteral("GRT02 is mandatory and has no answer.")))
        << dialog->problemsLabel()->text().toStdString();
    EXPECT_TRUE(dialog->problemsLabel()->text().contains(QStringLiteral("more.")));
    EXPECT_EQ(dialog->form()->currentQuestion(), QStringLiteral("GRT02"));
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT count(*) FROM response")).toString(), before);

    // Closing asks about the typed answers; Discard writes nothing.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog->reject();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("Save them as a draft?")));
    EXPECT_EQ(dialog->result(), QDialog::Rejected);
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT count(*) FROM response")).toString(), before);
}

TEST_F(ReportEntryDialogTest, AClientThatForbidsStaffNamesGetsADescriptionField)
{
    auto named = openDialog();
    EXPECT_EQ(named->staffEdit()->placeholderText(), QStringLiteral("name or description of the staff member"));
    named.reset();
    m_project.reset();
    tamper(m_file, QStringLiteral("UPDATE programme SET staff_names_allowed = 0"));
    ProjectError error;
    m_project = Project::open(m_file, Project::Mode::ReadWrite, &error);
    ASSERT_TRUE(m_project);
    auto described = openDialog();
    EXPECT_EQ(described->staffEdit()->placeholderText(), QStringLiteral("a description only, e.g. young man at the till"));
}
