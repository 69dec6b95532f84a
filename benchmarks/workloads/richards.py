"""richards: Martin Richards' operating-system simulation. Six tasks (idle, worker, two
handlers, two devices) exchange packets through linked lists; one iteration must end
with hold_count 9297 and queue_count 23246 (in the spirit of pyperformance's richards)."""
import sys

DEFAULT_N = 10

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 1, 2, 3, 4, 5, 6
KIND_DEVICE = 1000
KIND_WORK = 1001
BUFFER_SIZE = 4
BUFFER_RANGE = range(BUFFER_SIZE)
LETTER_A = ord("A")


class Packet(object):
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Put this packet at the end of queue; return the new head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        nxt = last.link
        while nxt is not None:
            last = nxt
            nxt = last.link
        last.link = self
        return queue


# Per-task private records.
class Record(object):
    pass


class DeviceRecord(Record):
    def __init__(self):
        self.pending = None


class IdleRecord(Record):
    def __init__(self):
        self.control = 1
        self.count = 10000


class HandlerRecord(Record):
    def __init__(self):
        self.work_in = None
        self.device_in = None

    def add_work(self, packet):
        self.work_in = packet.append_to(self.work_in)
        return self.work_in

    def add_device(self, packet):
        self.device_in = packet.append_to(self.device_in)
        return self.device_in


class WorkerRecord(Record):
    def __init__(self):
        self.destination = HANDLER_A
        self.count = 0


class Kernel(object):
    """The global state: the task table, the run list and the two counters."""

    def __init__(self):
        self.table = [None] * 10
        self.task_list = None
        self.hold_count = 0
        self.queue_count = 0


kernel = Kernel()


class TaskFlags(object):
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def set_pending(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def set_waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def set_running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def set_waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_held_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Task(TaskFlags):
    def __init__(self, ident, priority, queue, flags, record):
        self.link = kernel.task_list
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = flags.packet_pending
        self.task_waiting = flags.task_waiting
        self.task_holding = flags.task_holding
        self.record = record
        kernel.task_list = self
        kernel.table[ident] = self

    def fn(self, packet, record):
        raise NotImplementedError

    def add_packet(self, packet, current):
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            packet.append_to(self.input)
        return current

    def run_task(self):
        if self.is_waiting_with_packet():
            packet = self.input
            self.input = packet.link
            if self.input is None:
                self.set_running()
            else:
                self.set_pending()
        else:
            packet = None
        return self.fn(packet, self.record)

    def wait(self):
        self.task_waiting = True
        return self

    def hold(self):
        kernel.hold_count += 1
        self.task_holding = True
        return self.link

    def release(self, ident):
        task = find_task(ident)
        task.task_holding = False
        if task.priority > self.priority:
            return task
        return self

    def send(self, packet):
        target = find_task(packet.ident)
        kernel.queue_count += 1
        packet.link = None
        packet.ident = self.ident
        return target.add_packet(packet, self)


def find_task(ident):
    task = kernel.table[ident]
    if task is None:
        raise ValueError("no task %d" % ident)
    return task


class DeviceTask(Task):
    def __init__(self, ident, priority, queue, flags, record):
        Task.__init__(self, ident, priority, queue, flags, record)

    def fn(self, packet, record):
        assert isinstance(record, DeviceRecord)
        if packet is None:
            packet = record.pending
            if packet is None:
                return self.wait()
            record.pending = None
            return self.send(packet)
        record.pending = packet
        return self.hold()


class HandlerTask(Task):
    def __init__(self, ident, priority, queue, flags, record):
        Task.__init__(self, ident, priority, queue, flags, record)

    def fn(self, packet, record):
        assert isinstance(record, HandlerRecord)
        if packet is not None:
            if packet.kind == KIND_WORK:
                record.add_work(packet)
            else:
                record.add_device(packet)
        work = record.work_in
        if work is None:
            return self.wait()
        count = work.datum
        if count >= BUFFER_SIZE:
            record.work_in = work.link
            return self.send(work)
        device = record.device_in
        if device is None:
            return self.wait()
        record.device_in = device.link
        device.datum = work.data[count]
        work.datum = count + 1
        return self.send(device)


class IdleTask(Task):
    def __init__(self, ident, priority, queue, flags, record):
        Task.__init__(self, ident, 0, None, flags, record)

    def fn(self, packet, record):
        assert isinstance(record, IdleRecord)
        record.count -= 1
        if record.count == 0:
            return self.hold()
        if record.control & 1 == 0:
            record.control //= 2
            return self.release(DEVICE_A)
        record.control = record.control // 2 ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, ident, priority, queue, flags, record):
        Task.__init__(self, ident, priority, queue, flags, record)

    def fn(self, packet, record):
        assert isinstance(record, WorkerRecord)
        if packet is None:
            return self.wait()
        if record.destination == HANDLER_A:
            target = HANDLER_B
        else:
            target = HANDLER_A
        record.destination = target
        packet.ident = target
        packet.datum = 0
        for i in BUFFER_RANGE:
            record.count += 1
            if record.count > 26:
                record.count = 1
            packet.data[i] = LETTER_A + record.count - 1
        return self.send(packet)


def schedule():
    task = kernel.task_list
    while task is not None:
        if task.is_held_or_waiting():
            task = task.link
        else:
            task = task.run_task()


def one_iteration():
    global kernel
    kernel = Kernel()
    IdleTask(IDLE, 1, 10000, TaskFlags().set_running(), IdleRecord())
    queue = Packet(None, 0, KIND_WORK)
    queue = Packet(queue, 0, KIND_WORK)
    WorkerTask(WORKER, 1000, queue, TaskFlags().set_waiting_with_packet(), WorkerRecord())
    queue = Packet(None, DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    HandlerTask(HANDLER_A, 2000, queue, TaskFlags().set_waiting_with_packet(), HandlerRecord())
    queue = Packet(None, DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    HandlerTask(HANDLER_B, 3000, queue, TaskFlags().set_waiting_with_packet(), HandlerRecord())
    DeviceTask(DEVICE_A, 4000, None, TaskFlags().set_waiting(), DeviceRecord())
    DeviceTask(DEVICE_B, 5000, None, TaskFlags().set_waiting(), DeviceRecord())
    schedule()
    return kernel.hold_count, kernel.queue_count


def run(n):
    results = []
    for _ in range(n):
        results.append(one_iteration())
    return results


def check(result, n):
    if len(result) != n:
        raise AssertionError("expected %d iterations, got %d" % (n, len(result)))
    for hold, queued in result:
        if hold != 9297 or queued != 23246:
            raise AssertionError("hold_count=%d queue_count=%d" % (hold, queued))


if __name__ == "__main__":
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N
    result = run(iterations)
    check(result, iterations)
    print("richards iterations=%d hold_count=%d queue_count=%d" % (iterations, result[-1][0], result[-1][1]))
