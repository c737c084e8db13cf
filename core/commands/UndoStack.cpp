#include "UndoStack.h"

UndoStack::UndoStack(QObject* parent)
    : QObject(parent)
{
}

UndoStack::~UndoStack() = default;

UndoStack::State UndoStack::state() const
{
    return {m_index, isClean(), canUndo(), canRedo(), undoText(), redoText()};
}

void UndoStack::announce(const State& before)
{
    const State now = state();
    if (now.index != before.index)
        emit indexChanged(now.index);
    if (now.clean != before.clean)
        emit cleanChanged(now.clean);
    if (now.canUndo != before.canUndo)
        emit canUndoChanged(now.canUndo);
    if (now.canRedo != before.canRedo)
        emit canRedoChanged(now.canRedo);
    if (now.undoText != before.undoText)
        emit undoTextChanged(now.undoText);
    if (now.redoText != before.redoText)
        emit redoTextChanged(now.redoText);
}

bool UndoStack::push(std::unique_ptr<UndoCommand> command, QString* error)
{
    if (!command->redo(error))
        return false;
    pushDone(std::move(command));
    return true;
}

void UndoStack::pushDone(std::unique_ptr<UndoCommand> command)
{
    const State before = state();
    // Anything that was undone is gone once a new edit is made.
    if (m_cleanIndex > m_index)
        m_cleanIndex = -1;
    m_commands.resize(static_cast<size_t>(m_index));

    UndoCommand* previous = m_index > 0 ? m_commands.back().get() : nullptr;
    const bool canMerge = previous && command->id() >= 0 && previous->id() == command->id()
                          && m_cleanIndex != m_index;
    if (canMerge && previous->mergeWith(command.get())) {
        if (previous->isObsolete()) {
            m_commands.pop_back();
            --m_index;
        }
    } else {
        m_commands.push_back(std::move(command));
        ++m_index;
    }
    announce(before);
}

bool UndoStack::undo(QString* error)
{
    if (!canUndo())
        return false;
    const State before = state();
    if (!m_commands[static_cast<size_t>(m_index - 1)]->undo(error))
        return false;
    --m_index;
    announce(before);
    return true;
}

bool UndoStack::redo(QString* error)
{
    if (!canRedo())
        return false;
    const State before = state();
    if (!m_commands[static_cast<size_t>(m_index)]->redo(error))
        return false;
    ++m_index;
    announce(before);
    return true;
}

QString UndoStack::undoText() const
{
    return canUndo() ? m_commands[static_cast<size_t>(m_index - 1)]->text() : QString();
}

QString UndoStack::redoText() const
{
    return canRedo() ? m_commands[static_cast<size_t>(m_index)]->text() : QString();
}

QString UndoStack::text(int index) const
{
    return index >= 0 && index < count() ? m_commands[static_cast<size_t>(index)]->text() : QString();
}

void UndoStack::setClean()
{
    const State before = state();
    m_cleanIndex = m_index;
    announce(before);
}

void UndoStack::clear()
{
    const State before = state();
    m_commands.clear();
    m_index = 0;
    m_cleanIndex = 0;
    announce(before);
}
