#pragma once

#include "Condition.h"
#include "QuestionType.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// A questionnaire version in memory: what the designer edits, the JSON format carries, the
// store reads and writes, and the scoring engine compiles.
using LocalizedText = QMap<QString, QString>; // language code -> text

struct QuestionOption
{
    QString code;
    std::optional<double> points; // none: the option earns nothing (and N/A options have none)
    bool isNa = false;
    LocalizedText label;
};

enum class Critical { None, Section, Visit };

struct Question
{
    QString code;
    QuestionType type = QuestionType::YesNo;
    LocalizedText text;
    LocalizedText help;
    LocalizedText lowLabel;
    LocalizedText highLabel;
    bool allowNa = false;
    bool mandatory = true;
    bool scored = false;
    double weight = 1;
    Critical critical = Critical::None;
    bool bonus = false;
    std::optional<double> minimum;
    std::optional<double> maximum;
    QString unit;
    std::optional<Condition> showIf;
    std::optional<Condition> commentIf;
    std::vector<QuestionOption> options;

    // The scale of a rating or NPS question (NPS is always 0-10; a rating defaults to 1-5).
    double scaleMinimum() const;
    double scaleMaximum() const;
    // yes_no questions carry yes / no (/ na) options; this fills them in when none are given.
    void ensureYesNoOptions();
    // Whether an option is one of those yes / no / N/A, as the loaders fill them in (English
    // labels only, or none): forms show it in their own language, not as stored.
    bool isBuiltInOption(const QuestionOption& option) const;
};

struct Section
{
    QString code;
    std::optional<double> weight;
    LocalizedText title;
    std::vector<Question> questions;
    std::vector<Section> sections; // sub-sections, one level deep
};

enum class SectionScoring { Pooled, Weighted };

struct Questionnaire
{
    QString code;
    QString name;
    QString channel = QStringLiteral("visit");
    SectionScoring sectionScoring = SectionScoring::Pooled;
    QString sourceLanguage = QStringLiteral("en");
    QStringList languages = {QStringLiteral("en")};
    std::vector<Section> sections;

    // Every question in form order (sections, then their sub-sections), as pointers into this.
    std::vector<const Question*> questionsInOrder() const;
    const Question* question(const QString& questionCode) const;

    // For editing: where a question or section is. Null when there is none with that code.
    struct QuestionPlace
    {
        Section* section = nullptr;
        size_t index = 0;
    };
    std::optional<QuestionPlace> findQuestion(const QString& questionCode);
    // The section and the list that holds it (the top-level list or its parent's sub-sections).
    Section* findSection(const QString& sectionCode, std::vector<Section>** siblings = nullptr);
    // A code not yet used by any question (or section), built from a prefix: GRT07, GRT08...
    QString unusedQuestionCode(const QString& prefix) const;
    QString unusedSectionCode(const QString& prefix) const;
};
