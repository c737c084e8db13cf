#include "QuestionType.h"

namespace {
struct Entry
{
    QuestionType type;
    const char* code;
};
constexpr Entry kTypes[] = {
    {QuestionType::YesNo, "yes_no"}, {QuestionType::Rating, "rating"}, {QuestionType::Nps, "nps"},
    {QuestionType::Single, "single"}, {QuestionType::Multiple, "multiple"}, {QuestionType::Number, "number"},
    {QuestionType::Date, "date"},     {QuestionType::Time, "time"},     {QuestionType::Text, "text"},
};
} // namespace

namespace QuestionTypes {

QString code(QuestionType type)
{
    for (const Entry& entry : kTypes)
        if (entry.type == type)
            return QString::fromLatin1(entry.code);
    return {};
}

std::optional<QuestionType> fromCode(const QString& code)
{
    for (const Entry& entry : kTypes)
        if (code == QLatin1String(entry.code))
            return entry.type;
    return std::nullopt;
}

bool hasOptions(QuestionType type)
{
    return type == QuestionType::YesNo || type == QuestionType::Single || type == QuestionType::Multiple;
}

bool canBeScored(QuestionType type)
{
    return type == QuestionType::YesNo || type == QuestionType::Rating || type == QuestionType::Single
           || type == QuestionType::Multiple;
}

} // namespace QuestionTypes
