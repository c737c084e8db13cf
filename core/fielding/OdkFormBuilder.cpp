#include "OdkFormBuilder.h"

#include "OdkExpressions.h"
#include "OdkNames.h"
#include "analysis/ReportTexts.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>

#include <map>

namespace {

QString number(double value)
{
    return OdkExpressions::decimal(value);
}

// Yes/no options exactly as ShopScope makes them (points included): their labels are ours, in
// every language, and the workbook says so, so that the import makes them again.
bool hasBuiltInYesNoOptions(const Question& question)
{
    if (question.type != QuestionType::YesNo)
        return false;
    if (question.options.empty())
        return true;
    Question builtIn = question;
    builtIn.options.clear();
    builtIn.ensureYesNoOptions();
    if (question.options.size() != builtIn.options.size())
        return false;
    for (size_t i = 0; i < question.options.size(); ++i) {
        const QuestionOption& own = question.options[i];
        const QuestionOption& standard = builtIn.options[i];
        if (own.code != standard.code || own.points != standard.points || own.isNa != standard.isNa
            || !question.isBuiltInOption(own))
            return false;
    }
    return true;
}

QString compactJson(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

// Builds the form row by row, keeping the texts of every language and the notes.
class Builder
{
public:
    Builder(const Questionnaire& questionnaire, const OdkFormBuilder::Options& options, QList<QuestionnaireProblem>* notes)
        : m_questionnaire(questionnaire)
        , m_options(options)
        , m_notes(notes)
        , m_expressions(questionnaire)
    {
        for (const QString& language : questionnaire.languages)
            m_texts.emplace(language, ReportTexts(language));
    }

    OdkForm build();

private:
    // Our own words (Yes, Visit date...) in every language of the form.
    LocalizedText ownText(const char* source) const
    {
        LocalizedText texts;
        for (const auto& [language, reportTexts] : m_texts)
            texts.insert(language, reportTexts.text(source));
        return texts;
    }
    // The designer's words, the source language's standing in where a translation is missing.
    LocalizedText designerText(const LocalizedText& texts)
    {
        LocalizedText filled;
        const QString source = texts.value(m_questionnaire.sourceLanguage);
        for (const QString& language : m_questionnaire.languages) {
            const QString text = texts.value(language);
            if (text.trimmed().isEmpty() && !source.trimmed().isEmpty()) {
                ++m_untranslated[language];
                filled.insert(language, source);
            } else if (!text.isEmpty()) {
                filled.insert(language, text);
            }
        }
        return filled;
    }
    void note(const QString& where, const QString& message)
    {
        if (m_notes)
            m_notes->append({QuestionnaireProblem::Severity::Warning, where, message});
    }
    QString claimName(const QString& name, const QString& where)
    {
        // pyxform compares names without case.
        if (m_names.contains(name.toLower()))
            note(where, OdkFormBuilder::tr("the name “%1” is used twice in the form (letter case aside); ODK tools will refuse it")
                            .arg(name));
        m_names.insert(name.toLower());
        return name;
    }
    void addVisitFields();
    void addSection(const Section& section, bool top);
    void addQuestion(const Question& question);
    QString addChoiceList(const QString& preferredName, std::vector<OdkChoice> choices);

    const Questionnaire& m_questionnaire;
    const OdkFormBuilder::Options& m_options;
    QList<QuestionnaireProblem>* m_notes;
    OdkExpressions m_expressions;
    std::map<QString, ReportTexts> m_texts;
    QMap<QString, int> m_untranslated;
    QSet<QString> m_names;
    OdkForm m_form;
};

OdkForm Builder::build()
{
    m_form.title = m_questionnaire.name;
    m_form.id = m_questionnaire.code;
    m_form.version = m_options.version.isEmpty()
                         ? QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmm"))
                         : m_options.version;
    m_form.defaultLanguage = m_questionnaire.sourceLanguage;
    m_form.languages = QStringList{m_questionnaire.sourceLanguage};
    for (const QString& language : m_questionnaire.languages)
        if (language != m_questionnaire.sourceLanguage)
            m_form.languages << language;
    m_form.settingsExtra.insert(QStringLiteral("shopscope_code"), m_questionnaire.code);
    m_form.settingsExtra.insert(QStringLiteral("shopscope_channel"), m_questionnaire.channel);
    m_form.settingsExtra.insert(QStringLiteral("shopscope_section_scoring"),
                                m_questionnaire.sectionScoring == SectionScoring::Weighted ? QStringLiteral("weighted")
                                                                                          : QStringLiteral("pooled"));
    addVisitFields();
    for (const Section& section : m_questionnaire.sections)
        addSection(section, true);

    OdkRow comment;
    comment.type = QStringLiteral("text");
    comment.name = claimName(QString::fromLatin1(OdkNames::kComment), QString());
    comment.label = ownText(QT_TRANSLATE_NOOP("ReportTexts", "General comment about the visit"));
    comment.appearance = QStringLiteral("multiline");
    m_form.rows.push_back(comment);
    for (OdkRow& row : m_expressions.scoreRows()) {
        claimName(row.name, QString());
        m_form.rows.push_back(std::move(row));
    }

    for (auto it = m_untranslated.cbegin(); it != m_untranslated.cend(); ++it)
        note(QString(), OdkFormBuilder::tr("%n text(s) have no %1 translation; the form shows the source language (%2) there",
                                           nullptr, it.value())
                            .arg(it.key(), m_questionnaire.sourceLanguage));
    return m_form;
}

void Builder::addVisitFields()
{
    auto hidden = [this](const char* name) {
        OdkRow row;
        row.type = QStringLiteral("hidden");
        row.name = claimName(QString::fromLatin1(name), QString());
        m_form.rows.push_back(row);
    };
    if (m_options.askVisitId) {
        OdkRow row;
        row.type = QStringLiteral("integer");
        row.name = claimName(QString::fromLatin1(OdkNames::kVisitId), QString());
        row.label = ownText(QT_TRANSLATE_NOOP("ReportTexts", "Visit ID"));
        row.hint = ownText(QT_TRANSLATE_NOOP("ReportTexts", "The number of the visit on your assignment"));
        row.required = QStringLiteral("true()");
        row.constraint = QStringLiteral(". > 0");
        m_form.rows.push_back(row);
    } else {
        hidden(OdkNames::kVisitId);
    }
    hidden(OdkNames::kLocation);
    hidden(OdkNames::kScenario);
    hidden(OdkNames::kShopper);

    OdkRow group;
    group.type = QStringLiteral("begin_group");
    group.name = claimName(QString::fromLatin1(OdkNames::kVisitGroup), QString());
    group.label = ownText(QT_TRANSLATE_NOOP("ReportTexts", "Visit"));
    m_form.rows.push_back(group);
    auto field = [this](const QString& type, const char* name, const char* label) -> OdkRow& {
        OdkRow row;
        row.type = type;
        row.name = claimName(QString::fromLatin1(name), QString());
        row.label = ownText(label);
        m_form.rows.push_back(row);
        return m_form.rows.back();
    };
    field(QStringLiteral("date"), OdkNames::kDate, QT_TRANSLATE_NOOP("ReportTexts", "Date of the visit")).required =
        QStringLiteral("true()");
    field(QStringLiteral("time"), OdkNames::kTime, QT_TRANSLATE_NOOP("ReportTexts", "Time of the visit"));
    OdkRow& minutes = field(QStringLiteral("integer"), OdkNames::kMinutes,
                            QT_TRANSLATE_NOOP("ReportTexts", "How long did the visit take (minutes)?"));
    minutes.constraint = QStringLiteral(". >= 0 and . <= 1440");
    minutes.constraintMessage = ownText(QT_TRANSLATE_NOOP("ReportTexts", "From 0 to 1440 minutes"));
    field(QStringLiteral("text"), OdkNames::kStaff, QT_TRANSLATE_NOOP("ReportTexts", "Who served you?"));
    OdkRow end;
    end.type = QStringLiteral("end_group");
    end.name = group.name;
    m_form.rows.push_back(end);
}

void Builder::addSection(const Section& section, bool top)
{
    OdkRow group;
    group.type = QStringLiteral("begin_group");
    group.name = claimName(OdkNames::nodeName(section.code), section.code);
    group.label = designerText(section.title);
    if (group.name != section.code)
        group.extra.insert(QStringLiteral("shopscope_code"), section.code);
    if (section.weight)
        group.extra.insert(QStringLiteral("shopscope_weight"), number(*section.weight));
    m_form.rows.push_back(group);
    for (const Question& question : section.questions)
        addQuestion(question);
    if (top) {
        for (const Section& child : section.sections)
            addSection(child, false);
    }
    OdkRow end;
    end.type = QStringLiteral("end_group");
    end.name = group.name;
    m_form.rows.push_back(end);
}

QString Builder::addChoiceList(const QString& preferredName, std::vector<OdkChoice> choices)
{
    auto same = [](const std::vector<OdkChoice>& a, const std::vector<OdkChoice>& b) {
        if (a.size() != b.size())
            return false;
        for (size_t i = 0; i < a.size(); ++i)
            if (a[i].name != b[i].name || a[i].label != b[i].label || a[i].extra != b[i].extra)
                return false;
        return true;
    };
    for (const OdkChoiceList& list : m_form.choiceLists)
        if (same(list.choices, choices))
            return list.name; // questions with the same answers share one list, as people write XLSForms
    m_form.choiceLists.push_back({preferredName, std::move(choices)});
    return preferredName;
}

void Builder::addQuestion(const Question& question)
{
    const QString where = question.code;
    OdkRow row;
    row.name = claimName(OdkNames::nodeName(question.code), where);
    row.label = designerText(question.text);
    row.hint = designerText(question.help);
    if (!question.unit.isEmpty()) {
        for (const QString& language : m_questionnaire.languages) {
            const QString help = row.hint.value(language);
            row.hint.insert(language, help.isEmpty() ? QStringLiteral("[%1]").arg(question.unit)
                                                     : QStringLiteral("%1 [%2]").arg(help, question.unit));
        }
        row.extra.insert(QStringLiteral("shopscope_unit"), question.unit);
    }
    if (row.name != question.code)
        row.extra.insert(QStringLiteral("shopscope_code"), question.code);
    row.relevant = m_expressions.visibility(question);
    if (question.mandatory)
        row.required = QStringLiteral("true()");

    // ShopScope's own settings, for the XLSForm import to read back.
    row.extra.insert(QStringLiteral("shopscope_type"), QuestionTypes::code(question.type));
    if (question.allowNa)
        row.extra.insert(QStringLiteral("shopscope_allow_na"), QStringLiteral("yes"));
    if (!question.mandatory)
        row.extra.insert(QStringLiteral("shopscope_mandatory"), QStringLiteral("no"));
    if (question.scored) {
        row.extra.insert(QStringLiteral("shopscope_scored"), QStringLiteral("yes"));
        row.extra.insert(QStringLiteral("shopscope_weight"), number(question.weight));
    }
    if (question.critical != Critical::None)
        row.extra.insert(QStringLiteral("shopscope_critical"),
                         question.critical == Critical::Section ? QStringLiteral("section") : QStringLiteral("visit"));
    if (question.bonus)
        row.extra.insert(QStringLiteral("shopscope_bonus"), QStringLiteral("yes"));
    if (question.minimum)
        row.extra.insert(QStringLiteral("shopscope_min"), number(*question.minimum));
    if (question.maximum)
        row.extra.insert(QStringLiteral("shopscope_max"), number(*question.maximum));
    if (question.showIf)
        row.extra.insert(QStringLiteral("shopscope_show_if"), compactJson(question.showIf->toJson()));
    if (question.commentIf)
        row.extra.insert(QStringLiteral("shopscope_comment_if"), compactJson(question.commentIf->toJson()));
    if (!question.lowLabel.isEmpty())
        row.extraTexts.insert(QStringLiteral("shopscope_low_label"), question.lowLabel);
    if (!question.highLabel.isEmpty())
        row.extraTexts.insert(QStringLiteral("shopscope_high_label"), question.highLabel);

    auto naChoice = [this]() {
        OdkChoice choice;
        choice.name = QStringLiteral("na");
        choice.label = ownText(QT_TRANSLATE_NOOP("ReportTexts", "Not applicable"));
        choice.extra.insert(QStringLiteral("shopscope_na"), QStringLiteral("yes"));
        choice.extra.insert(QStringLiteral("shopscope_added"), QStringLiteral("yes")); // not one of the question's options
        return choice;
    };
    switch (question.type) {
    case QuestionType::YesNo:
    case QuestionType::Single:
    case QuestionType::Multiple: {
        Question withOptions = question;
        const bool builtIn = hasBuiltInYesNoOptions(question);
        withOptions.ensureYesNoOptions();
        std::vector<OdkChoice> choices;
        for (const QuestionOption& option : withOptions.options) {
            OdkChoice choice;
            choice.name = option.code;
            if (builtIn) {
                choice.label = ownText(option.isNa ? QT_TRANSLATE_NOOP("ReportTexts", "Not applicable")
                                       : option.code == QLatin1String("yes") ? QT_TRANSLATE_NOOP("ReportTexts", "Yes")
                                                                             : QT_TRANSLATE_NOOP("ReportTexts", "No"));
            } else {
                choice.label = designerText(option.label.isEmpty() ? LocalizedText{{m_questionnaire.sourceLanguage, option.code}}
                                                                   : option.label);
            }
            if (option.points)
                choice.extra.insert(QStringLiteral("shopscope_points"), number(*option.points));
            if (option.isNa)
                choice.extra.insert(QStringLiteral("shopscope_na"), QStringLiteral("yes"));
            choices.push_back(std::move(choice));
        }
        if (OdkExpressions::addsNaChoice(question))
            choices.push_back(naChoice());
        const QString listName = addChoiceList(builtIn ? (question.allowNa ? QStringLiteral("yes_no_na") : QStringLiteral("yes_no"))
                                                       : row.name,
                                               std::move(choices));
        if (builtIn)
            row.extra.insert(QStringLiteral("shopscope_builtin_options"), QStringLiteral("yes"));
        row.type = (question.type == QuestionType::Multiple ? QStringLiteral("select_multiple ") : QStringLiteral("select_one "))
                   + listName;
        if (question.type == QuestionType::YesNo)
            row.appearance = QStringLiteral("horizontal");
        if (question.type == QuestionType::Multiple) {
            for (const QString& code : OdkExpressions::naCodes(question)) {
                row.constraint = QStringLiteral("not(selected(., %1)) or count-selected(.) = 1").arg(OdkExpressions::literal(code));
                row.constraintMessage =
                    ownText(QT_TRANSLATE_NOOP("ReportTexts", "“Not applicable” cannot be chosen together with other answers"));
            }
        }
        break;
    }
    case QuestionType::Rating:
    case QuestionType::Nps: {
        const int low = int(question.scaleMinimum());
        const int high = int(question.scaleMaximum());
        std::vector<OdkChoice> choices;
        for (int value = low; value <= high; ++value) {
            OdkChoice choice;
            choice.name = QString::number(value);
            const LocalizedText end = value == low ? designerText(question.lowLabel)
                                      : value == high ? designerText(question.highLabel)
                                                      : LocalizedText();
            for (const QString& language : m_questionnaire.languages) {
                const QString words = end.value(language);
                choice.label.insert(language, words.isEmpty() ? choice.name
                                                              : QStringLiteral("%1 – %2").arg(choice.name, words));
            }
            choices.push_back(std::move(choice));
        }
        if (OdkExpressions::addsNaChoice(question))
            choices.push_back(naChoice());
        row.type = QStringLiteral("select_one ") + addChoiceList(row.name, std::move(choices));
        row.appearance = QStringLiteral("likert");
        break;
    }
    case QuestionType::Number: {
        row.type = QStringLiteral("decimal");
        QStringList bounds;
        if (question.minimum)
            bounds << QStringLiteral(". >= %1").arg(number(*question.minimum));
        if (question.maximum)
            bounds << QStringLiteral(". <= %1").arg(number(*question.maximum));
        row.constraint = bounds.join(QStringLiteral(" and "));
        if (!bounds.isEmpty()) {
            for (const auto& [language, texts] : m_texts) {
                const QString low = question.minimum ? texts.locale().toString(*question.minimum, 'g', QLocale::FloatingPointShortest) : QString();
                const QString high = question.maximum ? texts.locale().toString(*question.maximum, 'g', QLocale::FloatingPointShortest) : QString();
                row.constraintMessage.insert(
                    language, question.minimum && question.maximum
                                  ? texts.text(QT_TRANSLATE_NOOP("ReportTexts", "A number from %1 to %2")).arg(low, high)
                              : question.minimum ? texts.text(QT_TRANSLATE_NOOP("ReportTexts", "A number of at least %1")).arg(low)
                                                 : texts.text(QT_TRANSLATE_NOOP("ReportTexts", "A number of at most %1")).arg(high));
            }
        }
        if (question.allowNa)
            note(where, OdkFormBuilder::tr("ODK number fields cannot hold “not applicable”: the shopper leaves %1 empty "
                                           "instead, and it comes back unanswered")
                            .arg(question.code));
        break;
    }
    case QuestionType::Date:
        row.type = QStringLiteral("date");
        break;
    case QuestionType::Time:
        row.type = QStringLiteral("time");
        break;
    case QuestionType::Text:
        row.type = QStringLiteral("text");
        row.appearance = QStringLiteral("multiline");
        break;
    }
    // Conditions that can never hold in ShopScope keep that meaning; the user hears of them.
    auto noteConditions = [&](const std::optional<Condition>& condition, const QString& what) {
        if (!condition)
            return;
        for (const QString& code : condition->referencedQuestions()) {
            const Question* target = code.isEmpty() ? &question : m_questionnaire.question(code);
            if (target && !OdkExpressions::givesConditionsAValue(target->type))
                note(where, OdkFormBuilder::tr("the %1 condition on %2 (%3) never holds in ShopScope, and not in the ODK form either")
                                .arg(what, target->code, QuestionTypes::code(target->type)));
        }
    };
    noteConditions(question.showIf, OdkFormBuilder::tr("show-if"));
    noteConditions(question.commentIf, OdkFormBuilder::tr("comment-if"));
    m_form.rows.push_back(row);

    if (question.commentIf || m_options.commentForEveryQuestion) {
        OdkRow comment;
        comment.type = QStringLiteral("text");
        comment.name = claimName(row.name + QLatin1String(OdkNames::kCommentSuffix), where);
        comment.label = ownText(QT_TRANSLATE_NOOP("ReportTexts", "Comment"));
        comment.relevant = row.relevant;
        if (question.commentIf)
            comment.required = m_expressions.condition(*question.commentIf, question.code);
        comment.requiredMessage = ownText(QT_TRANSLATE_NOOP("ReportTexts", "Please explain this answer in a comment"));
        comment.appearance = QStringLiteral("multiline");
        m_form.rows.push_back(comment);
    }
}

} // namespace

OdkForm OdkFormBuilder::build(const Questionnaire& questionnaire, const Options& options, QList<QuestionnaireProblem>* notes)
{
    return Builder(questionnaire, options, notes).build();
}
