#include "questionnaire/QuestionnairePreview.h"
#include "questionnaire/QuestionnaireTemplates.h"
#include "questionnaire/ScoringEngine.h"
#include "questionnaire/ScoringPlan.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>
#include <ostream>

// Failures print the text, not UTF-16 code units.
static void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace {

// How the preview writes a score: one decimal, none when it is whole.
QString percentText(double score)
{
    const double rounded = std::round(score * 10.0) / 10.0;
    return QLocale().toString(rounded, 'f', rounded == std::floor(rounded) ? 0 : 1) + QStringLiteral(" %");
}

// The engine's visit score for answers written as in a report file: {"GRT01": "yes", ...}.
VisitScore engineScore(const Questionnaire& questionnaire, const char* json)
{
    const ScoringPlan plan(questionnaire);
    std::vector<AnswerValue> answers(plan.questions().size());
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const int index = plan.questionIndex(it.key());
        EXPECT_GE(index, 0) << it.key().toStdString();
        QString error;
        const auto answer = plan.answerFromJson(index, it.value(), &error);
        EXPECT_TRUE(answer.has_value()) << error.toStdString();
        answers[size_t(index)] = answer.value_or(AnswerValue::none());
    }
    return ScoringEngine::score(plan, answers);
}

} // namespace

class QuestionnairePreviewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        const auto loaded = QuestionnaireTemplates::load(QStringLiteral("bank-branch-visit"), &error);
        ASSERT_TRUE(loaded.has_value()) << error.toStdString();
        m_bank = *loaded;
        m_preview.resize(900, 700);
        m_preview.setQuestionnaire(m_bank);
        m_preview.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_preview));
    }

    // The button labelled `text` in a question's block, as the user reads it.
    QAbstractButton* button(const QString& code, const QString& text) const
    {
        QWidget* block = m_preview.inputFor(code);
        if (!block)
            return nullptr;
        for (QAbstractButton* candidate : block->findChildren<QAbstractButton*>())
            if (candidate->text() == text)
                return candidate;
        return nullptr;
    }

    // Scrolls the button into view and clicks its indicator, as a user would.
    void click(const QString& code, const QString& text)
    {
        QAbstractButton* target = button(code, text);
        ASSERT_NE(target, nullptr) << code.toStdString() << " has no button " << text.toStdString();
        ASSERT_TRUE(target->isVisible()) << code.toStdString() << " " << text.toStdString();
        m_preview.scrollArea()->ensureWidgetVisible(target);
        QTest::mouseClick(target, Qt::LeftButton, Qt::NoModifier, QPoint(6, target->height() / 2));
        ASSERT_TRUE(target->isChecked()) << code.toStdString() << " " << text.toStdString();
    }

    QLabel* questionText(const QString& code) const
    {
        QWidget* block = m_preview.inputFor(code);
        return block ? block->findChild<QLabel*>(QStringLiteral("questionText")) : nullptr;
    }

    bool shown(const QString& code) const
    {
        QWidget* block = m_preview.inputFor(code);
        return m_preview.isQuestionVisible(code) && block && block->isVisible();
    }

    AnswerValue::Kind answerKind(const QString& code) const
    {
        const int index = ScoringPlan(m_preview.questionnaire()).questionIndex(code);
        return m_preview.answers().at(size_t(index)).kind;
    }

    void expectVisitScore(const char* json)
    {
        const VisitScore expected = engineScore(m_preview.questionnaire(), json);
        ASSERT_TRUE(expected.visit.score.has_value()) << json;
        ASSERT_FALSE(expected.visit.knockedOut) << json;
        EXPECT_EQ(m_preview.visitScoreText(), QStringLiteral("Visit score: ") + percentText(*expected.visit.score))
            << json;
        ASSERT_TRUE(m_preview.currentScore().visit.score.has_value());
        EXPECT_DOUBLE_EQ(*m_preview.currentScore().visit.score, *expected.visit.score) << json;
    }

    Questionnaire m_bank;
    QuestionnairePreview m_preview;
};

TEST_F(QuestionnairePreviewTest, ShowsEveryQuestionWithTheInputOfItsType)
{
    EXPECT_EQ(m_preview.visitScoreText(), QStringLiteral("Visit score: —"));
    EXPECT_EQ(m_preview.findChild<QLabel*>(QStringLiteral("visitScore"))->text(), m_preview.visitScoreText());
    EXPECT_EQ(m_preview.sectionTitle(QStringLiteral("GRT")), QStringLiteral("Greeting and waiting"));
    EXPECT_FALSE(m_preview.languageBox()->isEnabled()); // the template has English only

    // yes / no, and N/A only where the question allows it
    EXPECT_NE(button(QStringLiteral("GRT01"), QStringLiteral("Yes")), nullptr);
    EXPECT_NE(button(QStringLiteral("GRT01"), QStringLiteral("No")), nullptr);
    EXPECT_EQ(button(QStringLiteral("GRT01"), QStringLiteral("N/A")), nullptr);
    EXPECT_NE(button(QStringLiteral("GRT06"), QStringLiteral("N/A")), nullptr);
    // single choice: one radio button per option; multiple choice: check boxes
    EXPECT_EQ(m_preview.inputFor(QStringLiteral("GRT02"))->findChildren<QRadioButton*>().size(), 4);
    EXPECT_EQ(m_preview.inputFor(QStringLiteral("OFR08"))->findChildren<QCheckBox*>().size(), 7);
    // rating 1-5 and NPS 0-10 with their end labels
    EXPECT_EQ(m_preview.inputFor(QStringLiteral("OVR02"))->findChildren<QRadioButton*>().size(), 5);
    EXPECT_EQ(m_preview.inputFor(QStringLiteral("OVR03"))->findChildren<QRadioButton*>().size(), 11);
    EXPECT_NE(button(QStringLiteral("OVR03"), QStringLiteral("0")), nullptr);
    EXPECT_NE(button(QStringLiteral("OVR03"), QStringLiteral("10")), nullptr);
    QStringList labels;
    for (QLabel* label : m_preview.inputFor(QStringLiteral("OVR03"))->findChildren<QLabel*>())
        labels << label->text();
    EXPECT_TRUE(labels.contains(QStringLiteral("Not at all likely"))) << labels.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(labels.contains(QStringLiteral("Extremely likely")));
    // number with its unit, not answered until the shopper enters something
    auto* minutes = m_preview.inputFor(QStringLiteral("GRT03"))->findChild<QDoubleSpinBox*>();
    ASSERT_NE(minutes, nullptr);
    EXPECT_EQ(minutes->suffix(), QStringLiteral(" min"));
    EXPECT_EQ(minutes->text(), QStringLiteral("not answered"));
    // free text
    EXPECT_NE(m_preview.inputFor(QStringLiteral("OVR04"))->findChild<QPlainTextEdit*>(), nullptr);

    // The question's code and text, its help in a smaller font, the mandatory mark.
    EXPECT_EQ(questionText(QStringLiteral("GRT01"))->text(), m_bank.question(QStringLiteral("GRT01"))->text.value(QStringLiteral("en")));
    auto* help = m_preview.inputFor(QStringLiteral("GRT01"))->findChild<QLabel*>(QStringLiteral("questionHelp"));
    ASSERT_NE(help, nullptr);
    EXPECT_TRUE(help->text().startsWith(QStringLiteral("Start counting")));
    EXPECT_LT(help->font().pointSizeF(), questionText(QStringLiteral("GRT01"))->font().pointSizeF());
    auto codeText = [this](const QString& code) {
        return m_preview.inputFor(code)->findChild<QLabel*>(QStringLiteral("questionCode"))->text();
    };
    EXPECT_TRUE(codeText(QStringLiteral("GRT01")).contains(QStringLiteral("GRT01")));
    EXPECT_TRUE(codeText(QStringLiteral("GRT01")).contains(QLatin1Char('*')));
    EXPECT_FALSE(codeText(QStringLiteral("OVR04")).contains(QLatin1Char('*'))); // optional

    // Follow-ups wait for the answers they depend on.
    EXPECT_FALSE(shown(QStringLiteral("GRT03")));
    EXPECT_FALSE(shown(QStringLiteral("GRT04")));
    EXPECT_FALSE(shown(QStringLiteral("OFR08")));
    EXPECT_TRUE(shown(QStringLiteral("GRT02")));
}

TEST_F(QuestionnairePreviewTest, AnswersShowAndHideDependentQuestions)
{
    click(QStringLiteral("GRT02"), QStringLiteral("2–5 minutes"));
    EXPECT_TRUE(shown(QStringLiteral("GRT03")));  // ne lt2
    EXPECT_FALSE(shown(QStringLiteral("GRT04"))); // any_of 5-10, >10
    click(QStringLiteral("GRT02"), QStringLiteral("5–10 minutes"));
    EXPECT_TRUE(shown(QStringLiteral("GRT03")));
    EXPECT_TRUE(shown(QStringLiteral("GRT04")));
    click(QStringLiteral("GRT02"), QStringLiteral("Under 2 minutes"));
    EXPECT_FALSE(shown(QStringLiteral("GRT03")));
    EXPECT_FALSE(shown(QStringLiteral("GRT04")));

    click(QStringLiteral("OFR07"), QStringLiteral("Yes"));
    EXPECT_TRUE(shown(QStringLiteral("OFR08")));
    click(QStringLiteral("OFR07"), QStringLiteral("No"));
    EXPECT_FALSE(shown(QStringLiteral("OFR08")));
}

TEST_F(QuestionnairePreviewTest, HiddenQuestionsCountAsUnanswered)
{
    click(QStringLiteral("GRT02"), QStringLiteral("5–10 minutes"));
    click(QStringLiteral("GRT04"), QStringLiteral("No"));
    expectVisitScore(R"({"GRT02": "m5to10", "GRT04": "no"})");

    click(QStringLiteral("GRT02"), QStringLiteral("Under 2 minutes"));
    EXPECT_FALSE(shown(QStringLiteral("GRT04")));
    EXPECT_EQ(answerKind(QStringLiteral("GRT04")), AnswerValue::Kind::None);
    expectVisitScore(R"({"GRT02": "lt2"})");
    EXPECT_EQ(m_preview.visitScoreText(), QStringLiteral("Visit score: 100 %"));

    // Shown again, the answer the shopper gave is still there.
    click(QStringLiteral("GRT02"), QStringLiteral("More than 10 minutes"));
    EXPECT_TRUE(button(QStringLiteral("GRT04"), QStringLiteral("No"))->isChecked());
    expectVisitScore(R"({"GRT02": "gt10", "GRT04": "no"})");
}

TEST_F(QuestionnairePreviewTest, ScoredAnswersUpdateTheVisitAndSectionScores)
{
    click(QStringLiteral("GRT01"), QStringLiteral("Yes"));
    EXPECT_EQ(m_preview.visitScoreText(), QStringLiteral("Visit score: 100 %"));
    click(QStringLiteral("GRT02"), QStringLiteral("2–5 minutes"));
    expectVisitScore(R"({"GRT01": "yes", "GRT02": "m2to5"})");
    EXPECT_EQ(m_preview.visitScoreText(), QStringLiteral("Visit score: 75 %")); // (2 + 2 x 2) / (2 + 2 x 3)
    EXPECT_EQ(m_preview.sectionTitle(QStringLiteral("GRT")), QStringLiteral("Greeting and waiting — 75 %"));
    EXPECT_EQ(m_preview.findChild<QWidget*>(QStringLiteral("section_GRT"))
                  ->findChild<QLabel*>(QStringLiteral("sectionTitle"))
                  ->text(),
              m_preview.sectionTitle(QStringLiteral("GRT")));
    EXPECT_EQ(m_preview.sectionTitle(QStringLiteral("NDS")), QStringLiteral("Needs analysis")); // nothing yet

    click(QStringLiteral("NDS01"), QStringLiteral("No"));
    click(QStringLiteral("NDS02"), QStringLiteral("Yes"));
    expectVisitScore(R"({"GRT01": "yes", "GRT02": "m2to5", "NDS01": "no", "NDS02": "yes"})");
    EXPECT_EQ(m_preview.sectionTitle(QStringLiteral("NDS")), QStringLiteral("Needs analysis — 66.7 %"));

    // Unscored questions (ratings, NPS) do not move the score.
    const QString before = m_preview.visitScoreText();
    click(QStringLiteral("OVR03"), QStringLiteral("9"));
    EXPECT_EQ(m_preview.visitScoreText(), before);
    EXPECT_EQ(answerKind(QStringLiteral("OVR03")), AnswerValue::Kind::Number);
}

TEST_F(QuestionnairePreviewTest, NotApplicableLeavesTheScoreUnchanged)
{
    click(QStringLiteral("GRT01"), QStringLiteral("Yes"));
    click(QStringLiteral("GRT05"), QStringLiteral("No"));
    const QString before = m_preview.visitScoreText();
    expectVisitScore(R"({"GRT01": "yes", "GRT05": "no"})");

    click(QStringLiteral("GRT06"), QStringLiteral("N/A"));
    EXPECT_EQ(m_preview.visitScoreText(), before);
    EXPECT_EQ(answerKind(QStringLiteral("GRT06")), AnswerValue::Kind::NotApplicable);
    click(QStringLiteral("NDS04"), QStringLiteral("N/A"));
    EXPECT_EQ(m_preview.visitScoreText(), before);
    EXPECT_EQ(m_preview.sectionTitle(QStringLiteral("NDS")), QStringLiteral("Needs analysis"));
    expectVisitScore(R"({"GRT01": "yes", "GRT05": "no", "GRT06": "na", "NDS04": "na"})");

    // The same question answered Yes does count.
    click(QStringLiteral("GRT06"), QStringLiteral("Yes"));
    EXPECT_NE(m_preview.visitScoreText(), before);
}

TEST_F(QuestionnairePreviewTest, FailingTheCriticalItemKnocksTheVisitOut)
{
    click(QStringLiteral("GRT01"), QStringLiteral("Yes"));
    click(QStringLiteral("FEE01"), QStringLiteral("Yes"));
    EXPECT_FALSE(m_preview.isCommentRequired(QStringLiteral("FEE04")));

    click(QStringLiteral("FEE04"), QStringLiteral("No"));
    EXPECT_EQ(m_preview.visitScoreText(), QStringLiteral("Visit score: 0 % — failed critical item"));
    EXPECT_TRUE(m_preview.currentScore().visit.knockedOut);
    EXPECT_TRUE(engineScore(m_bank, R"({"GRT01": "yes", "FEE01": "yes", "FEE04": "no"})").visit.knockedOut);
    // comment_if: "no" asks for a comment, shown under the question
    EXPECT_TRUE(m_preview.isCommentRequired(QStringLiteral("FEE04")));
    auto* comment = m_preview.inputFor(QStringLiteral("FEE04"))->findChild<QPlainTextEdit*>(QStringLiteral("comment"));
    ASSERT_NE(comment, nullptr);
    EXPECT_TRUE(comment->isVisible());
    QTest::keyClicks(comment, QStringLiteral("Risks were not mentioned."));
    EXPECT_EQ(comment->toPlainText(), QStringLiteral("Risks were not mentioned."));

    click(QStringLiteral("FEE04"), QStringLiteral("Yes"));
    EXPECT_EQ(m_preview.visitScoreText(), QStringLiteral("Visit score: 100 %"));
    EXPECT_FALSE(comment->isVisible());
    EXPECT_FALSE(m_preview.isCommentRequired(QStringLiteral("FEE04")));
}

TEST_F(QuestionnairePreviewTest, ALowRatingAsksForAComment)
{
    click(QStringLiteral("OVR02"), QStringLiteral("2")); // comment_if le 2
    EXPECT_TRUE(m_preview.isCommentRequired(QStringLiteral("OVR02")));
    EXPECT_TRUE(m_preview.inputFor(QStringLiteral("OVR02"))->findChild<QWidget*>(QStringLiteral("commentBlock"))->isVisible());
    click(QStringLiteral("OVR02"), QStringLiteral("4"));
    EXPECT_FALSE(m_preview.isCommentRequired(QStringLiteral("OVR02")));
}

TEST_F(QuestionnairePreviewTest, NumbersAreTypedOrSteppedAndCanBeTakenBack)
{
    click(QStringLiteral("GRT02"), QStringLiteral("5–10 minutes"));
    auto* minutes = m_preview.inputFor(QStringLiteral("GRT03"))->findChild<QDoubleSpinBox*>();
    ASSERT_NE(minutes, nullptr);
    EXPECT_EQ(answerKind(QStringLiteral("GRT03")), AnswerValue::Kind::None);

    QTest::keyClick(minutes, Qt::Key_Up); // from "not answered" to the minimum
    EXPECT_EQ(minutes->text(), QStringLiteral("0 min"));
    EXPECT_EQ(answerKind(QStringLiteral("GRT03")), AnswerValue::Kind::Number);
    QTest::keyClick(minutes, Qt::Key_Down); // and back
    EXPECT_EQ(minutes->text(), QStringLiteral("not answered"));
    EXPECT_EQ(answerKind(QStringLiteral("GRT03")), AnswerValue::Kind::None);

    QTest::keyClick(minutes, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(minutes, QStringLiteral("12"));
    EXPECT_EQ(minutes->value(), 12.0);
    const int index = ScoringPlan(m_bank).questionIndex(QStringLiteral("GRT03"));
    EXPECT_EQ(m_preview.answers().at(size_t(index)).kind, AnswerValue::Kind::Number);
    EXPECT_EQ(m_preview.answers().at(size_t(index)).number, 12.0);
}

TEST_F(QuestionnairePreviewTest, ShowsTheChosenLanguageAndMarksMissingTranslations)
{
    Questionnaire bilingual = m_bank;
    bilingual.languages = {QStringLiteral("en"), QStringLiteral("lv")};
    const QString latvian = QStringLiteral("Vai darbinieks jūs sveicināja vai pamanīja 30 sekunžu laikā pēc ienākšanas filiālē?");
    bilingual.sections[0].title.insert(QStringLiteral("lv"), QStringLiteral("Sveiciens un gaidīšana"));
    bilingual.sections[0].questions[0].text.insert(QStringLiteral("lv"), latvian);
    m_preview.setQuestionnaire(bilingual);
    click(QStringLiteral("GRT01"), QStringLiteral("Yes"));

    QComboBox* languages = m_preview.languageBox();
    ASSERT_TRUE(languages->isEnabled());
    ASSERT_EQ(languages->count(), 2);
    EXPECT_EQ(m_preview.language(), QStringLiteral("en"));
    languages->setFocus();
    QTest::keyClick(languages, Qt::Key_Down);
    EXPECT_EQ(m_preview.language(), QStringLiteral("lv"));
    EXPECT_TRUE(languages->currentText().contains(QStringLiteral("lv")));

    EXPECT_EQ(questionText(QStringLiteral("GRT01"))->text(), latvian);
    EXPECT_FALSE(questionText(QStringLiteral("GRT01"))->font().italic());
    EXPECT_TRUE(m_preview.sectionTitle(QStringLiteral("GRT")).startsWith(QStringLiteral("Sveiciens un gaidīšana")));
    // No Latvian text: the English one, in italics, marked.
    QLabel* untranslated = questionText(QStringLiteral("GRT02"));
    EXPECT_TRUE(untranslated->text().startsWith(m_bank.question(QStringLiteral("GRT02"))->text.value(QStringLiteral("en"))));
    EXPECT_TRUE(untranslated->text().endsWith(QStringLiteral("[no lv text]")));
    EXPECT_TRUE(untranslated->font().italic());
    EXPECT_TRUE(m_preview.sectionTitle(QStringLiteral("NDS")).contains(QStringLiteral("[no lv text]")));
    auto* option = button(QStringLiteral("GRT02"), QStringLiteral("Under 2 minutes [no lv text]"));
    ASSERT_NE(option, nullptr);
    EXPECT_TRUE(option->font().italic());

    // The answer given in English is still there, under the form language's word for "Yes".
    QAbstractButton* yes = button(QStringLiteral("GRT01"), QStringLiteral("Jā"));
    ASSERT_NE(yes, nullptr);
    EXPECT_TRUE(yes->isChecked());
    EXPECT_EQ(m_preview.visitScoreText(), QStringLiteral("Visit score: 100 %"));

    m_preview.setLanguage(QStringLiteral("en"));
    EXPECT_EQ(languages->currentIndex(), 0);
    EXPECT_FALSE(questionText(QStringLiteral("GRT02"))->text().contains(QStringLiteral("[no")));
    m_preview.setLanguage(QStringLiteral("pl")); // not one of the questionnaire's: the source language
    EXPECT_EQ(m_preview.language(), QStringLiteral("en"));
}

TEST_F(QuestionnairePreviewTest, SettingTheQuestionnaireAgainKeepsTheAnswers)
{
    click(QStringLiteral("GRT01"), QStringLiteral("Yes"));
    click(QStringLiteral("GRT02"), QStringLiteral("2–5 minutes"));
    click(QStringLiteral("GRT05"), QStringLiteral("No"));
    click(QStringLiteral("OFR07"), QStringLiteral("Yes"));
    click(QStringLiteral("OFR08"), QStringLiteral("Insurance"));
    auto* comment = m_preview.inputFor(QStringLiteral("GRT05"))->findChild<QPlainTextEdit*>(QStringLiteral("comment"));
    QTest::keyClicks(comment, QStringLiteral("No name badge."));

    // The designer edits a text and removes a question.
    Questionnaire edited = m_bank;
    edited.sections[0].questions[0].text[QStringLiteral("en")] = QStringLiteral("Were you greeted within 30 seconds?");
    edited.sections[0].questions.erase(edited.sections[0].questions.begin() + 5); // GRT06
    m_preview.setQuestionnaire(edited);

    EXPECT_EQ(questionText(QStringLiteral("GRT01"))->text(), QStringLiteral("Were you greeted within 30 seconds?"));
    EXPECT_EQ(m_preview.inputFor(QStringLiteral("GRT06")), nullptr);
    EXPECT_TRUE(button(QStringLiteral("GRT01"), QStringLiteral("Yes"))->isChecked());
    EXPECT_TRUE(button(QStringLiteral("GRT02"), QStringLiteral("2–5 minutes"))->isChecked());
    EXPECT_TRUE(button(QStringLiteral("OFR08"), QStringLiteral("Insurance"))->isChecked());
    EXPECT_TRUE(shown(QStringLiteral("GRT03")));
    EXPECT_EQ(m_preview.inputFor(QStringLiteral("GRT05"))->findChild<QPlainTextEdit*>(QStringLiteral("comment"))->toPlainText(),
              QStringLiteral("No name badge."));
    expectVisitScore(R"({"GRT01": "yes", "GRT02": "m2to5", "GRT05": "no", "OFR07": "yes", "OFR08": ["insurance"]})");

    // An option that is gone takes its answer with it.
    edited.sections[0].questions[1].options.erase(edited.sections[0].questions[1].options.begin() + 1); // m2to5
    m_preview.setQuestionnaire(edited);
    EXPECT_EQ(answerKind(QStringLiteral("GRT02")), AnswerValue::Kind::None);
    EXPECT_FALSE(shown(QStringLiteral("GRT03")));
    expectVisitScore(R"({"GRT01": "yes", "GRT05": "no", "OFR07": "yes", "OFR08": ["insurance"]})");
}

TEST_F(QuestionnairePreviewTest, ClearAnswersStartsAgain)
{
    click(QStringLiteral("GRT01"), QStringLiteral("No"));
    click(QStringLiteral("GRT02"), QStringLiteral("5–10 minutes"));
    click(QStringLiteral("OFR07"), QStringLiteral("Yes"));
    click(QStringLiteral("OFR08"), QStringLiteral("Other"));
    QTest::keyClicks(m_preview.inputFor(QStringLiteral("OVR04"))->findChild<QPlainTextEdit*>(), QStringLiteral("Fine."));
    EXPECT_TRUE(m_preview.isCommentRequired(QStringLiteral("GRT01")));

    QTest::mouseClick(m_preview.clearButton(), Qt::LeftButton);
    EXPECT_EQ(m_preview.visitScoreText(), QStringLiteral("Visit score: —"));
    for (const AnswerValue& answer : m_preview.answers())
        EXPECT_EQ(answer.kind, AnswerValue::Kind::None);
    EXPECT_FALSE(button(QStringLiteral("GRT01"), QStringLiteral("No"))->isChecked());
    EXPECT_FALSE(shown(QStringLiteral("GRT04")));
    EXPECT_FALSE(m_preview.isCommentRequired(QStringLiteral("GRT01")));
    // and the form can be filled in again
    click(QStringLiteral("GRT01"), QStringLiteral("Yes"));
    EXPECT_EQ(m_preview.visitScoreText(), QStringLiteral("Visit score: 100 %"));
}

TEST_F(QuestionnairePreviewTest, TabOrderFollowsTheForm)
{
    // Walk the focus chain from the header and note the question of every stop.
    QStringList visited;
    QWidget* widget = m_preview.languageBox();
    for (int steps = 0; steps < 2000; ++steps) {
        widget = widget->nextInFocusChain();
        if (widget == m_preview.languageBox())
            break;
        if (!(widget->focusPolicy() & Qt::TabFocus))
            continue;
        for (QWidget* up = widget; up; up = up->parentWidget()) {
            if (up->objectName().startsWith(QStringLiteral("question_"))) {
                const QString code = up->objectName().mid(9);
                if (visited.isEmpty() || visited.last() != code)
                    visited << code;
                break;
            }
        }
    }
    QStringList formOrder;
    for (const Question* question : m_bank.questionsInOrder())
        formOrder << question->code;
    EXPECT_EQ(visited, formOrder);
    EXPECT_EQ(m_preview.languageBox()->nextInFocusChain(), m_preview.clearButton());
}

TEST_F(QuestionnairePreviewTest, DateTimeAndChoicesWithNotApplicable)
{
    Questionnaire form;
    form.code = QStringLiteral("T");
    form.name = QStringLiteral("Types");
    Section section;
    section.code = QStringLiteral("S");
    section.title = {{QStringLiteral("en"), QStringLiteral("Wizyta")}};
    Question date;
    date.code = QStringLiteral("D");
    date.type = QuestionType::Date;
    date.text = {{QStringLiteral("en"), QStringLiteral("Date of the visit")}};
    Question time = date;
    time.code = QStringLiteral("T");
    time.type = QuestionType::Time;
    Question channels;
    channels.code = QStringLiteral("M");
    channels.type = QuestionType::Multiple;
    channels.scored = true;
    channels.text = {{QStringLiteral("en"), QStringLiteral("Which did they offer?")}};
    channels.options = {{QStringLiteral("a"), 1.0, false, {{QStringLiteral("en"), QStringLiteral("Łódź & Gdańsk")}}},
                        {QStringLiteral("b"), 1.0, false, {{QStringLiteral("en"), QStringLiteral("Rīga")}}},
                        {QStringLiteral("na"), std::nullopt, true, {{QStringLiteral("en"), QStringLiteral("Nothing to offer")}}}};
    section.questions = {date, time, channels};
    form.sections = {section};
    m_preview.setQuestionnaire(form);

    auto* notAnswered = qobject_cast<QCheckBox*>(button(QStringLiteral("D"), QStringLiteral("Not answered")));
    ASSERT_NE(notAnswered, nullptr);
    auto* dateEdit = m_preview.inputFor(QStringLiteral("D"))->findChild<QDateEdit*>();
    EXPECT_TRUE(notAnswered->isChecked());
    EXPECT_FALSE(dateEdit->isEnabled());
    EXPECT_EQ(m_preview.answers().at(0).kind, AnswerValue::Kind::None);
    QTest::mouseClick(notAnswered, Qt::LeftButton, Qt::NoModifier, QPoint(6, notAnswered->height() / 2));
    EXPECT_TRUE(dateEdit->isEnabled());
    EXPECT_EQ(m_preview.answers().at(0).kind, AnswerValue::Kind::Text);
    EXPECT_EQ(m_preview.answers().at(1).kind, AnswerValue::Kind::None);

    // "&" in a label is text, not a keyboard shortcut; Polish and Latvian letters are kept.
    click(QStringLiteral("M"), QStringLiteral("Łódź && Gdańsk"));
    click(QStringLiteral("M"), QStringLiteral("Rīga"));
    EXPECT_EQ(m_preview.answers().at(2).kind, AnswerValue::Kind::Options);
    EXPECT_EQ(m_preview.answers().at(2).optionMask, quint64(3));
    EXPECT_EQ(m_preview.visitScoreText(), QStringLiteral("Visit score: 100 %"));
    // Not applicable excludes the real choices.
    click(QStringLiteral("M"), QStringLiteral("Nothing to offer"));
    EXPECT_FALSE(button(QStringLiteral("M"), QStringLiteral("Rīga"))->isChecked());
    EXPECT_EQ(m_preview.answers().at(2).kind, AnswerValue::Kind::NotApplicable);
    EXPECT_EQ(m_preview.visitScoreText(), QStringLiteral("Visit score: —"));
}
