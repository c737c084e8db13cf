#pragma once

#include "questionnaire/Questionnaire.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

// Builds a condition on an earlier answer (show-if) or on the question's own answer
// (comment-if): it offers only the questions that may be used and the comparisons that make
// sense for them. Compound conditions (and / or, any of) are edited as JSON.
class ConditionEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { ShowIf, CommentIf };

    ConditionEditor(Mode mode, QWidget* parent = nullptr);

    void setContext(const Questionnaire& questionnaire, const QString& questionCode,
                    const std::optional<Condition>& condition, bool editable);

signals:
    void conditionEdited(const std::optional<Condition>& condition);

private:
    void fillOperators();
    void fillValues();
    void emitFromBuilder();
    void emitFromJson();
    const Question* target() const;

    Mode m_mode;
    Questionnaire m_questionnaire;
    QString m_questionCode;
    bool m_loading = false;
    QComboBox* m_question;
    QComboBox* m_operator;
    QComboBox* m_choice;
    QDoubleSpinBox* m_number;
    QLineEdit* m_json;
    QLabel* m_error;
};
