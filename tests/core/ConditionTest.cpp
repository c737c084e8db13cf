#include "questionnaire/Condition.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

namespace {
Condition parse(const char* json)
{
    QString error;
    const auto condition = Condition::fromJson(QJsonDocument::fromJson(json).object(), &error);
    EXPECT_TRUE(condition) << error.toStdString();
    return condition.value_or(Condition());
}

QVariant lookup(const QString& code)
{
    if (code == QLatin1String("GRT01"))
        return QStringLiteral("no");
    if (code == QLatin1String("PRM02"))
        return 12.0;
    return {}; // unanswered
}
} // namespace

TEST(Condition, ComparesOptionCodesAndNumbers)
{
    EXPECT_TRUE(parse(R"({"q":"GRT01","op":"eq","value":"no"})").evaluate(lookup));
    EXPECT_FALSE(parse(R"({"q":"GRT01","op":"ne","value":"no"})").evaluate(lookup));
    EXPECT_TRUE(parse(R"({"q":"GRT01","op":"any_of","values":["na","no"]})").evaluate(lookup));
    EXPECT_TRUE(parse(R"({"q":"PRM02","op":"gt","value":10})").evaluate(lookup));
    EXPECT_FALSE(parse(R"({"q":"PRM02","op":"le","value":10})").evaluate(lookup));
}

TEST(Condition, UnansweredSatisfiesNoComparison)
{
    EXPECT_FALSE(parse(R"({"q":"OFR01","op":"eq","value":"yes"})").evaluate(lookup));
    EXPECT_FALSE(parse(R"({"q":"OFR01","op":"ne","value":"yes"})").evaluate(lookup));
}

TEST(Condition, CombinesAndOrAndRefersToItself)
{
    const Condition both = parse(R"({"all":[{"q":"GRT01","op":"eq","value":"no"},{"q":"PRM02","op":"ge","value":12}]})");
    EXPECT_TRUE(both.evaluate(lookup));
    EXPECT_EQ(both.referencedQuestions(), (QStringList{QStringLiteral("GRT01"), QStringLiteral("PRM02")}));
    EXPECT_TRUE(parse(R"({"any":[{"q":"OFR01","op":"eq","value":"yes"},{"q":"GRT01","op":"eq","value":"no"}]})").evaluate(lookup));
    EXPECT_TRUE(parse(R"({"op":"le","value":15})").evaluate(lookup, QStringLiteral("PRM02")));
}

TEST(Condition, RoundTripsThroughJson)
{
    const QByteArray json = R"({"any":[{"op":"any_of","q":"A","values":["x","y"]},{"op":"lt","q":"B","value":3}]})";
    const Condition condition = parse(json.constData());
    EXPECT_EQ(QJsonDocument(condition.toJson()).toJson(QJsonDocument::Compact), json);
}

TEST(Condition, BadConditionsAreExplained)
{
    QString error;
    EXPECT_FALSE(Condition::fromJson(QJsonDocument::fromJson(R"({"q":"A","op":"like","value":"x"})").object(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("like")));
    EXPECT_FALSE(Condition::fromJson(QJsonDocument::fromJson(R"({"q":"A","op":"lt","value":"x"})").object(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("number")));
    EXPECT_FALSE(Condition::fromJson(QJsonDocument::fromJson(R"({"q":"A","op":"any_of"})").object(), &error));
    EXPECT_FALSE(Condition::fromJson(QJsonDocument::fromJson(R"({"all":[]})").object(), &error));
}
