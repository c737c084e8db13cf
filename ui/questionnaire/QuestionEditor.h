#pragma once

#include "questionnaire/Questionnaire.h"

#include <QWidget>

#include <functional>

class ConditionEditor;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

// The properties of one question: code, type, texts in the chosen language, flags, scoring,
// scale or bounds, options with points, and its conditions. Every change is handed to the
// designer as an edit of the questionnaire (one undo step; typing in a field merges).
class QuestionEditor : public QWidget
{
    Q_OBJECT

public:
    using QuestionChange = std::function<bool(Question&, QString*)>;
    // (undo text, merge key, change) -> applied?
    using Apply = std::function<bool(const QString&, const QString&, const QuestionChange&)>;

    explicit QuestionEditor(QWidget* parent = nullptr);

    void setApply(Apply apply) { m_apply = std::move(apply); }
    void setQuestion(const Questionnaire& questionnaire, const QString& code, const QString& language, bool editable);
    QString questionCode() const { return m_code; }

    QLineEdit* codeEdit() const { return m_codeEdit; }
    QComboBox* typeCombo() const { return m_type; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QCheckBox* scoredCheck() const { return m_scored; }
    QDoubleSpinBox* weightSpin() const { return m_weight; }
    QTableWidget* optionsTable() const { return m_options; }

private:
    void change(const QString& text, const QString& field, const QuestionChange& body);
    void commitTexts();
    void commitOptions();

    Apply m_apply;
    QString m_code;
    QString m_language;
    bool m_loading = false;
    QLineEdit* m_codeEdit;
    QComboBox* m_type;
    QPlainTextEdit* m_text;
    QPlainTextEdit* m_help;
    QCheckBox* m_mandatory;
    QCheckBox* m_allowNa;
    QCheckBox* m_scored;
    QCheckBox* m_bonus;
    QDoubleSpinBox* m_weight;
    QComboBox* m_critical;
    QDoubleSpinBox* m_minimum;
    QDoubleSpinBox* m_maximum;
    QLineEdit* m_unit;
    QLineEdit* m_lowLabel;
    QLineEdit* m_highLabel;
    QLabel* m_optionsLabel;
    QTableWidget* m_options;
    QPushButton* m_addOption;
    QPushButton* m_removeOption;
    ConditionEditor* m_showIf;
    ConditionEditor* m_commentIf;
    QTimer* m_textDelay;
};
