#pragma once

#include <QtGlobal>

// One answer as the scoring engine reads it: small and free of strings, so that millions of
// visits can be scored quickly. Option indexes refer to the question's options in form order.
struct AnswerValue
{
    enum class Kind : quint8 { None, NotApplicable, Option, Options, Number, Text };

    Kind kind = Kind::None;
    qint16 option = -1;        // Kind::Option
    quint64 optionMask = 0;    // Kind::Options: bit i = option i chosen (up to 64 options)
    double number = 0;         // Kind::Number (ratings, NPS, numbers)

    static AnswerValue none() { return {}; }
    static AnswerValue notApplicable() { return {Kind::NotApplicable, -1, 0, 0}; }
    static AnswerValue choice(int index) { return {Kind::Option, qint16(index), 0, 0}; }
    static AnswerValue choices(quint64 mask) { return {Kind::Options, -1, mask, 0}; }
    static AnswerValue value(double number) { return {Kind::Number, -1, 0, number}; }
    static AnswerValue text() { return {Kind::Text, -1, 0, 0}; }
};
