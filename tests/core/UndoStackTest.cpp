#include "commands/UndoStack.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {
// Adds to a shared number; may be told to fail.
class AddCommand : public UndoCommand
{
public:
    AddCommand(int* target, int amount, bool mergeable = false, bool failRedo = false)
        : UndoCommand(QStringLiteral("Add %1").arg(amount))
        , m_target(target)
        , m_amount(amount)
        , m_mergeable(mergeable)
        , m_failRedo(failRedo)
    {
    }
    bool redo(QString* error) override
    {
        if (m_failRedo) {
            *error = QStringLiteral("disk full");
            return false;
        }
        *m_target += m_amount;
        return true;
    }
    bool undo(QString*) override
    {
        *m_target -= m_amount;
        return true;
    }
    int id() const override { return m_mergeable ? 1 : -1; }
    bool mergeWith(const UndoCommand* other) override
    {
        m_amount += static_cast<const AddCommand*>(other)->m_amount;
        setText(QStringLiteral("Add %1").arg(m_amount));
        return true;
    }
    bool isObsolete() const override { return m_amount == 0; }

private:
    int* m_target;
    int m_amount;
    bool m_mergeable;
    bool m_failRedo;
};
} // namespace

TEST(UndoStack, UndoAndRedoWalkTheHistory)
{
    int value = 0;
    UndoStack stack;
    QString error;
    ASSERT_TRUE(stack.push(std::make_unique<AddCommand>(&value, 2), &error));
    ASSERT_TRUE(stack.push(std::make_unique<AddCommand>(&value, 5), &error));
    EXPECT_EQ(value, 7);
    EXPECT_EQ(stack.undoText(), QStringLiteral("Add 5"));
    EXPECT_TRUE(stack.undo());
    EXPECT_EQ(value, 2);
    EXPECT_EQ(stack.redoText(), QStringLiteral("Add 5"));
    EXPECT_TRUE(stack.redo());
    EXPECT_EQ(value, 7);
    EXPECT_FALSE(stack.redo());
}

TEST(UndoStack, NewEditDiscardsWhatWasUndone)
{
    int value = 0;
    UndoStack stack;
    QString error;
    stack.push(std::make_unique<AddCommand>(&value, 1), &error);
    stack.push(std::make_unique<AddCommand>(&value, 10), &error);
    stack.undo();
    stack.push(std::make_unique<AddCommand>(&value, 100), &error);
    EXPECT_EQ(stack.count(), 2);
    EXPECT_FALSE(stack.canRedo());
    EXPECT_EQ(value, 101);
}

TEST(UndoStack, FailedCommandIsNotRecorded)
{
    int value = 0;
    UndoStack stack;
    QSignalSpy indexSpy(&stack, &UndoStack::indexChanged);
    QString error;
    EXPECT_FALSE(stack.push(std::make_unique<AddCommand>(&value, 3, false, true), &error));
    EXPECT_EQ(error, QStringLiteral("disk full"));
    EXPECT_EQ(stack.count(), 0);
    EXPECT_EQ(indexSpy.count(), 0);
}

TEST(UndoStack, RepeatedEditsMergeAndCancelledOnesVanish)
{
    int value = 0;
    UndoStack stack;
    QString error;
    stack.push(std::make_unique<AddCommand>(&value, 4, true), &error);
    stack.push(std::make_unique<AddCommand>(&value, 3, true), &error);
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(stack.undoText(), QStringLiteral("Add 7"));
    stack.push(std::make_unique<AddCommand>(&value, -7, true), &error);
    EXPECT_EQ(stack.count(), 0) << "an edit back to the start leaves no step";
    EXPECT_EQ(value, 0);
}

TEST(UndoStack, CleanStateAndSignals)
{
    int value = 0;
    UndoStack stack;
    QSignalSpy cleanSpy(&stack, &UndoStack::cleanChanged);
    QSignalSpy canUndoSpy(&stack, &UndoStack::canUndoChanged);
    QString error;
    EXPECT_TRUE(stack.isClean());
    stack.push(std::make_unique<AddCommand>(&value, 1), &error);
    EXPECT_FALSE(stack.isClean());
    ASSERT_EQ(cleanSpy.count(), 1);
    ASSERT_EQ(canUndoSpy.count(), 1);
    EXPECT_TRUE(canUndoSpy.at(0).at(0).toBool());
    stack.setClean();
    EXPECT_TRUE(stack.isClean());
    stack.undo();
    EXPECT_FALSE(stack.isClean());
    stack.redo();
    EXPECT_TRUE(stack.isClean());
}
