#pragma once

#include "questionnaire/Questionnaire.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QTableWidget;

// Every text of the questionnaire side by side in two chosen languages; missing translations
// are highlighted and counted. Editing a cell changes that text (one undo step per cell).
class TranslationTable : public QWidget
{
    Q_OBJECT

public:
    using Change = std::function<bool(Questionnaire&, QString*)>;
    using Apply = std::function<bool(const QString&, const QString&, const Change&)>;

    explicit TranslationTable(QWidget* parent = nullptr);
    void setApply(Apply apply) { m_apply = std::move(apply); }
    void setQuestionnaire(const Questionnaire& questionnaire, bool editable);

    QTableWidget* table() const { return m_table; }
    QComboBox* leftLanguage() const { return m_left; }
    QComboBox* rightLanguage() const { return m_right; }
    int missingCount() const { return m_missing; }

private:
    // Where a text lives: kind (section title, question text, help, option label), owner code, option code.
    struct TextRef
    {
        enum Kind { SectionTitle, QuestionText, QuestionHelp, OptionLabel } kind;
        QString owner;
        QString option;
    };
    void fill();
    static LocalizedText* texts(Questionnaire& questionnaire, const TextRef& ref);

    Apply m_apply;
    Questionnaire m_questionnaire;
    std::vector<TextRef> m_refs;
    bool m_editable = false;
    bool m_loading = false;
    int m_missing = 0;
    QComboBox* m_left;
    QComboBox* m_right;
    QLabel* m_summary;
    QTableWidget* m_table;
};
