#include "QuestionnaireValidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace {

using Severity = QuestionnaireProblem::Severity;

const QRegularExpression kCode(QStringLiteral("^[A-Za-z0-9_.\\-]{1,40}$"));

bool isNumeric(QuestionType type)
{
    return type == QuestionType::Rating || type == QuestionType::Nps || type == QuestionType::Number;
}

} // namespace

bool QuestionnaireValidator::isValidCode(const QString& code)
{
    return kCode.match(code).hasMatch();
}

bool QuestionnaireValidator::hasErrors(const QList<QuestionnaireProblem>& problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const QuestionnaireProblem& problem) { return problem.severity == Severity::Error; });
}

QList<QuestionnaireProblem> QuestionnaireValidator::validate(const Questionnaire& questionnaire)
{
    QList<QuestionnaireProblem> problems;
    auto error = [&](const QString& where, const QString& message) { problems.append({Severity::Error, where, message}); };
    auto warning = [&](const QString& where, const QString& message) { problems.append({Severity::Warning, where, message}); };

    if (!kCode.match(questionnaire.code).hasMatch())
        error(QString(), tr("the questionnaire code “%1” must be 1-40 letters, digits, “_”, “-” or “.”").arg(questionnaire.code));
    if (questionnaire.name.trimmed().isEmpty())
        error(QString(), tr("the questionnaire has no name"));
    if (!questionnaire.languages.contains(questionnaire.sourceLanguage))
        error(QString(), tr("the source language “%1” is not among the languages").arg(questionnaire.sourceLanguage));

    // Texts: the source language must be there; others are warned about.
    auto checkTexts = [&](const LocalizedText& texts, const QString& where, const QString& what) {
        for (const QString& language : questionnaire.languages) {
            if (!texts.value(language).trimmed().isEmpty())
                continue;
            if (language == questionnaire.sourceLanguage)
                error(where, tr("the %1 has no text in the source language (%2)").arg(what, language));
            else
                warning(where, tr("the %1 is not translated to %2").arg(what, language));
        }
    };

    // Sections: codes, weights, titles.
    QSet<QString> sectionCodes;
    double weightSum = 0;
    std::function<void(const Section&, bool)> checkSection = [&](const Section& section, bool top) {
        const QString where = tr("section %1").arg(section.code);
        if (!kCode.match(section.code).hasMatch())
            error(where, tr("the code must be 1-40 letters, digits, “_”, “-” or “.”"));
        if (sectionCodes.contains(section.code))
            error(where, tr("the section code is used twice"));
        sectionCodes.insert(section.code);
        checkTexts(section.title, where, tr("title"));
        if (section.weight && *section.weight < 0)
            error(where, tr("the weight cannot be negative"));
        if (top && questionnaire.sectionScoring == SectionScoring::Weighted) {
            if (!section.weight)
                error(where, tr("weighted scoring needs a weight for every top-level section"));
            weightSum += section.weight.value_or(0);
        }
        if (section.questions.empty() && section.sections.empty())
            warning(where, tr("the section has no questions"));
        for (const Section& child : section.sections)
            checkSection(child, false);
    };
    for (const Section& section : questionnaire.sections)
        checkSection(section, true);
    if (questionnaire.sectionScoring == SectionScoring::Weighted && std::abs(weightSum - 100) > 0.01)
        error(QString(), tr("the top-level section weights add up to %1, not 100").arg(weightSum));

    // Questions in form order, so conditions can be checked against what comes earlier.
    const std::vector<const Question*> questions = questionnaire.questionsInOrder();
    if (questions.empty())
        error(QString(), tr("the questionnaire has no questions"));
    QHash<QString, const Question*> earlier;
    QSet<QString> questionCodes;
    for (const Question* question : questions) {
        const QString where = question->code;
        if (!kCode.match(question->code).hasMatch())
            error(where, tr("the code must be 1-40 letters, digits, “_”, “-” or “.”"));
        if (questionCodes.contains(question->code))
            error(where, tr("the question code is used twice"));
        questionCodes.insert(question->code);
        checkTexts(question->text, where, tr("question"));

        // Options.
        QSet<QString> optionCodes;
        for (const QuestionOption& option : question->options) {
            if (optionCodes.contains(option.code))
                error(where, tr("the option code “%1” is used twice").arg(option.code));
            optionCodes.insert(option.code);
            if (question->type != QuestionType::YesNo)
                checkTexts(option.label, where, tr("option “%1”").arg(option.code));
        }
        if ((question->type == QuestionType::Single || question->type == QuestionType::Multiple)
            && question->options.size() < 2)
            error(where, tr("a choice question needs at least two options"));
        if (question->type == QuestionType::Multiple && question->options.size() > 64)
            error(where, tr("a multiple-choice question may have at most 64 options"));
        if (!QuestionTypes::hasOptions(question->type) && !question->options.empty())
            error(where, tr("a %1 question has no options").arg(QuestionTypes::code(question->type)));

        // Scales and bounds.
        if (question->type == QuestionType::Rating) {
            const double low = question->scaleMinimum();
            const double high = question->scaleMaximum();
            if (low >= high || low != std::floor(low) || high != std::floor(high) || high - low > 20)
                error(where, tr("a rating scale needs whole-number ends with min below max (e.g. 1-5, 1-10)"));
        }
        if (question->minimum && question->maximum && *question->minimum > *question->maximum)
            error(where, tr("the minimum is above the maximum"));

        // Scoring.
        if (question->scored && !QuestionTypes::canBeScored(question->type))
            error(where, tr("a %1 question cannot be scored").arg(QuestionTypes::code(question->type)));
        if (question->scored && QuestionTypes::hasOptions(question->type)) {
            double best = 0;
            for (const QuestionOption& option : question->options)
                if (!option.isNa)
                    best = std::max(best, option.points.value_or(0));
            if (best <= 0)
                error(where, tr("the question is scored but no option earns points"));
        }
        if (question->scored && question->weight <= 0)
            error(where, tr("a scored question needs a weight above zero"));
        if (!question->scored && question->critical != Critical::None)
            error(where, tr("only a scored question can be critical"));
        if (!question->scored && question->bonus)
            error(where, tr("only a scored question can be a bonus"));
        if (question->bonus && question->critical != Critical::None)
            error(where, tr("a bonus question cannot also be critical"));

        // Conditions read earlier questions only (which also rules out cycles).
        auto checkCondition = [&](const Condition& condition, const QString& what, bool selfAllowed) {
            for (const QString& code : condition.referencedQuestions()) {
                const bool self = code.isEmpty() || code == question->code;
                if (self && selfAllowed)
                    continue;
                if (self) {
                    error(where, tr("the %1 condition refers to the question itself").arg(what));
                } else if (!earlier.contains(code)) {
                    error(where, questionCodes.contains(code) || questionnaire.question(code)
                                     ? tr("the %1 condition refers to %2, which comes later in the form").arg(what, code)
                                     : tr("the %1 condition refers to %2, which does not exist").arg(what, code));
                }
            }
            std::function<void(const QJsonObject&)> checkValues = [&](const QJsonObject& json) {
                for (const char* group : {"all", "any"})
                    for (const QJsonValue& child : json.value(QLatin1String(group)).toArray())
                        checkValues(child.toObject());
                if (!json.contains(QStringLiteral("op")))
                    return;
                const QString code = json.value(QStringLiteral("q")).toString(question->code);
                const Question* target = code == question->code ? question : earlier.value(code);
                if (!target)
                    return;
                const QString op = json.value(QStringLiteral("op")).toString();
                const bool ordering = op == QLatin1String("lt") || op == QLatin1String("le") || op == QLatin1String("gt")
                                      || op == QLatin1String("ge");
                if (ordering && !isNumeric(target->type)) {
                    error(where, tr("the %1 condition compares %2 by size, but it is not a number or scale").arg(what, code));
                    return;
                }
                if (QuestionTypes::hasOptions(target->type)) {
                    QStringList values;
                    if (json.contains(QStringLiteral("value")))
                        values << json.value(QStringLiteral("value")).toString();
                    for (const QJsonValue& value : json.value(QStringLiteral("values")).toArray())
                        values << value.toString();
                    Question withOptions = *target;
                    withOptions.ensureYesNoOptions();
                    QStringList known;
                    for (const QuestionOption& option : withOptions.options)
                        known << option.code;
                    for (const QString& value : values)
                        if (!known.contains(value))
                            error(where, tr("the %1 condition expects option “%2” of %3, which has only %4")
                                             .arg(what, value, code, known.join(QStringLiteral(", "))));
                }
            };
            checkValues(condition.toJson());
        };
        if (question->showIf)
            checkCondition(*question->showIf, tr("show-if"), false);
        if (question->commentIf)
            checkCondition(*question->commentIf, tr("comment-if"), true);
        earlier.insert(question->code, question);
    }
    return problems;
}
