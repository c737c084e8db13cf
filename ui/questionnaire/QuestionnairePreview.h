#pragma once

#include "questionnaire/AnswerValue.h"
#include "questionnaire/Questionnaire.h"
#include "questionnaire/VisitScore.h"
#include "reports/ReportEntry.h"

#include <QHash>
#include <QTranslator>
#include <QVariant>
#include <QWidget>

#include <memory>
#include <vector>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QKeyEvent;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTimeEdit;
class QVBoxLayout;
class ScoringPlan;

// The form as a shopper fills it, in any of the questionnaire's languages: the designer's live
// preview and the report entry form. Conditions hide and show questions as answers change and the
// running score (visit and sections) comes from the ScoringEngine itself (FormState), so the form
// can never disagree with how real visits are scored.
//
// Keyboard first, for clerks who type reports all day: on a choice question 1-9 choose an option
// by its position (or the first letter of its label), "-" is N/A, a scale takes the number
// itself (1 then 0 for 10), Delete clears; an answer moves on to the next visible question (or to
// the comment it now requires), and Enter or Tab moves on without answering.
class QuestionnairePreview : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionnairePreview(QWidget* parent = nullptr);
    ~QuestionnairePreview() override;

    // Rebuilds the form. Answers to questions whose codes still exist (and still fit the
    // question) are kept, so the designer can refresh the preview after every edit.
    void setQuestionnaire(const Questionnaire& questionnaire);
    const Questionnaire& questionnaire() const { return m_questionnaire; }

    // Shows the form in one of the questionnaire's languages; texts missing in it fall back to the
    // source language and are marked. An unknown language selects the source language.
    void setLanguage(const QString& language);
    QString language() const { return m_language; }

    // One answer per question in form order (the scoring plan's order); hidden questions count as
    // unanswered, as in the scoring engine.
    std::vector<AnswerValue> answers() const { return m_answers; }
    VisitScore currentScore() const { return m_score; }
    void clearAnswers();
    // Every answer by question code, in the entry form's terms (see ReportEntry); hidden
    // questions keep what was typed, the saved report drops it. setAnswers() replaces them all.
    QHash<QString, ReportEntry::Answer> formAnswers() const;
    void setAnswers(const QHash<QString, ReportEntry::Answer>& answers);
    // Puts the keyboard on a question's input (its chosen option, or the first); false when the
    // question is not shown.
    bool focusQuestion(const QString& questionCode);
    // The question the keyboard is on, empty when none.
    QString currentQuestion() const;
    void setClearButtonVisible(bool visible);

    // What the user sees, for tests and the designer.
    QWidget* inputFor(const QString& questionCode) const; // the question's whole block
    bool isQuestionVisible(const QString& questionCode) const;
    bool isCommentRequired(const QString& questionCode) const;
    QString visitScoreText() const;
    QString sectionTitle(const QString& sectionCode) const; // the heading, score included
    QComboBox* languageBox() const { return m_languageBox; }
    QPushButton* clearButton() const { return m_clearButton; }
    QScrollArea* scrollArea() const { return m_scrollArea; }

signals:
    void answersChanged();
    // Enter, Tab or an answer on the last visible question: the form is done.
    void endReached();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The widgets of one question; index = the question's index in the scoring plan.
    struct QuestionView
    {
        QString code;
        QuestionType type = QuestionType::YesNo;
        QWidget* block = nullptr;
        QButtonGroup* choices = nullptr;       // yes_no, single, rating, nps
        std::vector<AnswerValue> choiceValues; // button id -> answer
        QStringList choiceKeys;                // button id -> option code or scale value
        std::vector<QCheckBox*> boxes;         // multiple
        QStringList boxKeys;
        int naBox = -1; // the multiple-choice option that means N/A, if any
        QDoubleSpinBox* number = nullptr;
        double numberUnanswered = 0; // the spin box value that shows "not answered"
        QCheckBox* notAnswered = nullptr; // date, time
        QDateEdit* date = nullptr;
        QTimeEdit* time = nullptr;
        QPlainTextEdit* text = nullptr;
        QWidget* commentBlock = nullptr;
        QPlainTextEdit* comment = nullptr;
    };
    struct SectionView
    {
        QString code;
        QString title;       // in the form's language, without the score
        QWidget* box = nullptr;
        QLabel* heading = nullptr; // the title with the running score
    };
    // An answer in a form that survives rebuilding the widgets.
    struct KeptAnswer
    {
        QuestionType type = QuestionType::YesNo;
        QVariant value;
        QString comment;
    };

    void rebuild(const QHash<QString, KeptAnswer>& kept);
    void addSection(const Section& section, QVBoxLayout* into, QWidget* parent, bool topLevel);
    QWidget* addQuestion(const Question& question, QWidget* parent);
    QWidget* choiceInput(const Question& question, QuestionView& view, QWidget* parent);
    QWidget* multipleInput(const Question& question, QuestionView& view, QWidget* parent);
    QWidget* scaleInput(const Question& question, QuestionView& view, QWidget* parent);
    QWidget* numberInput(const Question& question, QuestionView& view, QWidget* parent);
    QWidget* dateTimeInput(QuestionView& view, QWidget* parent);
    QAbstractButton* addChoice(QuestionView& view, QAbstractButton* button, const AnswerValue& value,
                               const QString& key);
    QLabel* localizedLabel(const LocalizedText& text, QWidget* parent);
    QString localized(const LocalizedText& text, bool* missing) const;
    QString formText(const char* source) const;
    void setupLanguages();
    QString scoreText(const ScoreResult& result) const;

    AnswerValue rawAnswer(const QuestionView& view) const;
    QHash<QString, KeptAnswer> keptAnswers() const;
    void restore(QuestionView& view, const KeptAnswer& kept);
    void clear(QuestionView& view);
    void answerChanged();
    void refresh();
    // Keyboard entry (see the class comment).
    void watch(QWidget* input, bool isComment = false);
    bool handleKey(QWidget* input, int question, QKeyEvent* event);
    bool typeScaleDigit(int question, int digit);
    void choose(int question, int button);
    void advanceFrom(int question, bool fromComment);
    void retreatFrom(int question);
    bool focusQuestionAt(int question);
    void setCurrentQuestion(int question);

    Questionnaire m_questionnaire;
    std::unique_ptr<ScoringPlan> m_plan;
    QString m_language;
    std::unique_ptr<QTranslator> m_formTranslator; // the form's own words in the form's language
    std::vector<const Question*> m_order; // into m_questionnaire, in form order
    std::vector<QuestionView> m_questions;
    std::vector<SectionView> m_sections;
    std::vector<AnswerValue> m_answers; // hidden questions as unanswered
    std::vector<bool> m_visible;
    std::vector<bool> m_commentRequired;
    std::vector<QWidget*> m_tabChain; // the form's focusable widgets in form order
    VisitScore m_score;
    bool m_updating = false; // set while widgets are filled in by code, not by the user
    int m_codeWidth = 0;      // question codes share one column width, so texts line up
    QHash<QWidget*, int> m_questionOf; // an input -> its question's index
    QHash<QWidget*, int> m_commentOf;  // a comment box -> its question's index
    int m_current = -1;                // the question the keyboard is on
    QMetaObject::Connection m_focusWatch;
    int m_pendingQuestion = -1;        // a scale digit that may still become 10 (1 then 0)
    int m_pendingValue = 0;

    QComboBox* m_languageBox;
    QPushButton* m_clearButton;
    QLabel* m_scoreLabel;
    QLabel* m_keyHint;
    QScrollArea* m_scrollArea;
};
