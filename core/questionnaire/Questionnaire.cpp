#include "Questionnaire.h"

#include <functional>

double Question::scaleMinimum() const
{
    if (type == QuestionType::Nps)
        return 0;
    return minimum.value_or(1);
}

double Question::scaleMaximum() const
{
    if (type == QuestionType::Nps)
        return 10;
    return maximum.value_or(5);
}

void Question::ensureYesNoOptions()
{
    if (type != QuestionType::YesNo || !options.empty())
        return;
    options.push_back({QStringLiteral("yes"), 1.0, false, {{QStringLiteral("en"), QStringLiteral("Yes")}}});
    options.push_back({QStringLiteral("no"), 0.0, false, {{QStringLiteral("en"), QStringLiteral("No")}}});
    if (allowNa)
        options.push_back({QStringLiteral("na"), std::nullopt, true, {{QStringLiteral("en"), QStringLiteral("Not applicable")}}});
}

bool Question::isBuiltInOption(const QuestionOption& option) const
{
    if (type != QuestionType::YesNo)
        return false;
    Question builtIn;
    builtIn.allowNa = true;
    builtIn.ensureYesNoOptions();
    for (const QuestionOption& standard : builtIn.options)
        if (standard.code == option.code && (standard.label == option.label || option.label.isEmpty()))
            return true;
    return false;
}

namespace {
void collect(const Section& section, std::vector<const Question*>& out)
{
    for (const Question& question : section.questions)
        out.push_back(&question);
    for (const Section& child : section.sections)
        collect(child, out);
}
} // namespace

std::vector<const Question*> Questionnaire::questionsInOrder() const
{
    std::vector<const Question*> out;
    for (const Section& section : sections)
        collect(section, out);
    return out;
}

const Question* Questionnaire::question(const QString& questionCode) const
{
    for (const Question* question : questionsInOrder())
        if (question->code == questionCode)
            return question;
    return nullptr;
}

std::optional<Questionnaire::QuestionPlace> Questionnaire::findQuestion(const QString& questionCode)
{
    std::function<std::optional<QuestionPlace>(std::vector<Section>&)> search = [&](std::vector<Section>& list)
        -> std::optional<QuestionPlace> {
        for (Section& section : list) {
            for (size_t i = 0; i < section.questions.size(); ++i)
                if (section.questions[i].code == questionCode)
                    return QuestionPlace{&section, i};
            if (auto inner = search(section.sections))
                return inner;
        }
        return std::nullopt;
    };
    return search(sections);
}

Section* Questionnaire::findSection(const QString& sectionCode, std::vector<Section>** siblings)
{
    for (Section& top : sections) {
        if (top.code == sectionCode) {
            if (siblings)
                *siblings = &sections;
            return &top;
        }
        for (Section& child : top.sections) {
            if (child.code == sectionCode) {
                if (siblings)
                    *siblings = &top.sections;
                return &child;
            }
        }
    }
    return nullptr;
}

QString Questionnaire::unusedQuestionCode(const QString& prefix) const
{
    for (int n = 1;; ++n) {
        const QString candidate = QStringLiteral("%1%2").arg(prefix).arg(n, 2, 10, QLatin1Char('0'));
        if (!question(candidate))
            return candidate;
    }
}

QString Questionnaire::unusedSectionCode(const QString& prefix) const
{
    QStringList used;
    for (const Section& top : sections) {
        used << top.code;
        for (const Section& child : top.sections)
            used << child.code;
    }
    if (!used.contains(prefix))
        return prefix;
    for (int n = 2;; ++n)
        if (!used.contains(prefix + QString::number(n)))
            return prefix + QString::number(n);
}
