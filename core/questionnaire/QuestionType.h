#pragma once

#include <QString>

#include <optional>

// The kinds of question a form can ask. Codes are what the file and the JSON format store.
enum class QuestionType { YesNo, Rating, Nps, Single, Multiple, Number, Date, Time, Text };

namespace QuestionTypes {
QString code(QuestionType type);
std::optional<QuestionType> fromCode(const QString& code);
// Types whose answers choose among options.
bool hasOptions(QuestionType type);
// Types that may count in the score.
bool canBeScored(QuestionType type);
} // namespace QuestionTypes
