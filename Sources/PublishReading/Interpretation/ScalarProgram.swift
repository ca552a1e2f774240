import PublishCore

/// A `ScalarPattern` laid out as a list of instructions, run by `ScalarMachine`: the backtracking
/// of the pattern with an explicit stack instead of a closure for the rest of the pattern at every
/// step (a closure, a retain of the step's payload and a call per scalar tried).
///
/// `choice` becomes a chain of `split`s (each alternative tried before the next), `optional` a
/// `split` that tries the pattern before skipping it, `capture` a `save` of its start and its
/// end; literals and classes are kept in tables the instructions point into.
struct ScalarProgram: Sendable {
    enum Operation: UInt8, Sendable {
        /// `literals[first..<first + count]` in order.
        case literal
        /// The first of the literals `alternatives[first..<first + count]` that matches here, in
        /// order; on backtracking, the next one that does (a `choice` of literals, as its chain of
        /// `split`s tries them, without a split and a failed literal for each).
        case literalChoice
        /// One scalar of `classes[first]`.
        case one
        /// `count` (min) to `limit` (max) scalars of `classes[first]`, greedy unless `lazy`.
        case repeated
        /// Go on at `first`; when that fails, at `count` from the same place.
        case split
        /// Go on at `first`.
        case jump
        /// Record the position in slot `first`.
        case save
        /// `^`
        case textStart
        case match
    }

    struct Instruction: Sendable {
        var operation: Operation
        var first = 0
        var count = 0
        var limit = 0
        var lazy = false
    }

    private(set) var instructions: [Instruction] = []
    private(set) var literals: [Unicode.Scalar] = []
    /// Where each alternative of a `literalChoice` stands in `literals`.
    private(set) var alternatives: [Range<Int>] = []
    private(set) var classes: [ScalarClass] = []
    /// Two slots per capture group: its start and its end.
    private(set) var slotCount = 0

    init(_ pattern: ScalarPattern) {
        slotCount = 2 * pattern.groupCount
        emit(pattern)
        instructions.append(Instruction(operation: .match))
    }

    private mutating func emit(_ pattern: ScalarPattern) {
        switch pattern {
        case .literal(let scalars):
            instructions.append(Instruction(operation: .literal, first: literals.count, count: scalars.count))
            literals += scalars
        case .one(let members):
            instructions.append(Instruction(operation: .one, first: classes.count))
            classes.append(members)
        case .repeated(let members, let min, let max, let lazy):
            instructions.append(Instruction(operation: .repeated, first: classes.count, count: min, limit: max, lazy: lazy))
            classes.append(members)
        case .sequence(let parts):
            for part in parts { emit(part) }
        case .choice(let choices) where choices.count >= 2 && choices.allSatisfy(\.isLiteral):
            instructions.append(Instruction(operation: .literalChoice, first: alternatives.count, count: choices.count))
            for choice in choices {
                guard case .literal(let scalars) = choice else { continue }
                alternatives.append(literals.count..<(literals.count + scalars.count))
                literals += scalars
            }
        case .choice(let alternatives):
            // split(a1, next) a1 jump(end) next: split(a2, next') a2 jump(end) … an end:
            var jumps: [Int] = []
            for (index, alternative) in alternatives.enumerated() {
                if index == alternatives.count - 1 {
                    emit(alternative)
                } else {
                    let split = instructions.count
                    instructions.append(Instruction(operation: .split, first: split + 1))
                    emit(alternative)
                    jumps.append(instructions.count)
                    instructions.append(Instruction(operation: .jump))
                    instructions[split].count = instructions.count
                }
            }
            if alternatives.isEmpty {
                // No alternative: a literal longer than any text, which never matches.
                instructions.append(Instruction(operation: .literal, first: 0, count: Int.max / 2))
            }
            for jump in jumps { instructions[jump].first = instructions.count }
        case .optional(let inner):
            let split = instructions.count
            instructions.append(Instruction(operation: .split, first: split + 1))
            emit(inner)
            instructions[split].count = instructions.count
        case .capture(let index, let inner):
            instructions.append(Instruction(operation: .save, first: 2 * (index - 1)))
            emit(inner)
            instructions.append(Instruction(operation: .save, first: 2 * (index - 1) + 1))
        case .textStart:
            instructions.append(Instruction(operation: .textStart))
        }
    }
}

/// Runs a `ScalarProgram` at one place of a text: the first way it matches, in the order the
/// closure-based search tried them (see `ScalarPattern`), and the capture groups of that way.
/// Its stack and slots are kept from one start to the next.
struct ScalarMachine {
    /// What to do when the way being tried fails: try another, or put a slot back.
    private enum Backtrack {
        /// Go on at `pc` from `position`.
        case branch(pc: Int, position: Int)
        /// Slot `slot` had `value` before.
        case restore(slot: Int, value: Int)
        /// A greedy repetition from `base` shortened to `length` scalars (down to `min`).
        case shorter(pc: Int, base: Int, length: Int, min: Int)
        /// A lazy repetition from `base` lengthened to `length` scalars (up to `max`).
        case longer(pc: Int, base: Int, length: Int, max: Int)
        /// The `literalChoice` at `pc` tried again at `position` from its alternative `next` on.
        case alternative(pc: Int, position: Int, next: Int)
    }

    private let program: ScalarProgram
    private let textStart: Int
    private var stack: [Backtrack] = []
    private var slots: [Int]

    init(program: ScalarProgram, textStart: Int) {
        self.program = program
        self.textStart = textStart
        self.slots = Array(repeating: -1, count: program.slotCount)
    }

    /// The capture groups of the last successful `run`, as `ScalarMatch.groups` holds them.
    func groups(count: Int) -> [Range<Int>?] {
        (0..<count).map { group in
            let start = slots[2 * group]
            let end = slots[2 * group + 1]
            return start >= 0 && end >= 0 ? start..<end : nil
        }
    }

    /// Where a match that starts at `start` ends, or nil when none does.
    mutating func run(on scalars: UnsafeBufferPointer<Unicode.Scalar>, at start: Int) -> Int? {
        // Room for the usual depth of backtracking at once, when the machine first runs: grown
        // entry by entry, the stack was made again five or six times for each search.
        if stack.capacity == 0 { stack.reserveCapacity(32) }
        stack.removeAll(keepingCapacity: true)
        for index in slots.indices { slots[index] = -1 }
        // The program's tables read through pointers for the whole run: no bounds checked and no
        // class copied (its closure and members retained) at every step.
        let program = self.program
        return program.instructions.withUnsafeBufferPointer { instructions in
            program.literals.withUnsafeBufferPointer { literals in
                program.alternatives.withUnsafeBufferPointer { alternatives in
                    program.classes.withUnsafeBufferPointer { classes in
                        run(
                            on: scalars, at: start, instructions: instructions, literals: literals, alternatives: alternatives,
                            classes: classes)
                    }
                }
            }
        }
    }

    /// `run(on:at:)` with the program's tables at hand.
    private mutating func run(
        on scalars: UnsafeBufferPointer<Unicode.Scalar>, at start: Int, instructions: UnsafeBufferPointer<ScalarProgram.Instruction>,
        literals: UnsafeBufferPointer<Unicode.Scalar>, alternatives: UnsafeBufferPointer<Range<Int>>,
        classes: UnsafeBufferPointer<ScalarClass>
    ) -> Int? {
        let count = scalars.count
        /// Whether the literal at `literals[range]` stands at `position`.
        func matches(_ range: Range<Int>, at position: Int) -> Bool {
            guard range.count <= count - position else { return false }
            var offset = 0
            while offset < range.count, scalars[position + offset] == literals[range.lowerBound + offset] { offset += 1 }
            return offset == range.count
        }
        /// The `literalChoice` at `pc` from its alternative `next` on, at `position`: the first
        /// that matches, with the next one that does kept for backtracking.
        func choose(pc: Int, next: Int, at position: Int) -> Int? {
            let instruction = instructions[pc]
            var index = next
            while index < instruction.count, !matches(alternatives[instruction.first + index], at: position) { index += 1 }
            guard index < instruction.count else { return nil }
            var later = index + 1
            while later < instruction.count, !matches(alternatives[instruction.first + later], at: position) { later += 1 }
            if later < instruction.count { stack.append(.alternative(pc: pc, position: position, next: later)) }
            return position + alternatives[instruction.first + index].count
        }
        var pc = 0
        var position = start
        while true {
            var failed = false
            let instruction = instructions[pc]
            switch instruction.operation {
            case .literal:
                let length = instruction.count
                if length <= count - position {
                    var offset = 0
                    while offset < length, scalars[position + offset] == literals[instruction.first + offset] { offset += 1 }
                    if offset == length {
                        position += length
                        pc += 1
                    } else {
                        failed = true
                    }
                } else {
                    failed = true
                }
            case .literalChoice:
                if let end = choose(pc: pc, next: 0, at: position) {
                    position = end
                    pc += 1
                } else {
                    failed = true
                }
            case .one:
                if position < count, classes[instruction.first].contains(scalars[position]) {
                    position += 1
                    pc += 1
                } else {
                    failed = true
                }
            case .repeated:
                let members = classes.baseAddress! + instruction.first
                let min = instruction.count
                var run = 0
                while run < instruction.limit, position + run < count, members.pointee.contains(scalars[position + run]) {
                    run += 1
                }
                if run < min {
                    failed = true
                } else if instruction.lazy {
                    if run > min { stack.append(.longer(pc: pc + 1, base: position, length: min + 1, max: run)) }
                    position += min
                    pc += 1
                } else {
                    if run > min { stack.append(.shorter(pc: pc + 1, base: position, length: run - 1, min: min)) }
                    position += run
                    pc += 1
                }
            case .split:
                stack.append(.branch(pc: instruction.count, position: position))
                pc = instruction.first
            case .jump:
                pc = instruction.first
            case .save:
                stack.append(.restore(slot: instruction.first, value: slots[instruction.first]))
                slots[instruction.first] = position
                pc += 1
            case .textStart:
                if position == textStart {
                    pc += 1
                } else {
                    failed = true
                }
            case .match:
                return position
            }
            guard failed else { continue }
            // Back to the last choice not yet taken, putting slots back on the way.
            var resumed = false
            while !resumed, let entry = stack.popLast() {
                switch entry {
                case .branch(let next, let at):
                    pc = next
                    position = at
                    resumed = true
                case .restore(let slot, let value):
                    slots[slot] = value
                case .shorter(let next, let base, let length, let min):
                    if length > min { stack.append(.shorter(pc: next, base: base, length: length - 1, min: min)) }
                    pc = next
                    position = base + length
                    resumed = true
                case .longer(let next, let base, let length, let max):
                    if length < max { stack.append(.longer(pc: next, base: base, length: length + 1, max: max)) }
                    pc = next
                    position = base + length
                    resumed = true
                case .alternative(let choice, let at, let next):
                    // `next` matches at `at` (it was found so): it is taken.
                    if let end = choose(pc: choice, next: next, at: at) {
                        pc = choice + 1
                        position = end
                        resumed = true
                    }
                }
            }
            if !resumed { return nil }
        }
    }
}
