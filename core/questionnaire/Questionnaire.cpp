#include "Questionnaire.h"

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
