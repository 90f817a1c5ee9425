#!/usr/bin/python3
"""Where a JVM's time went, from a Java Flight Recorder file: the share of CPU samples per top
frame (self time) and per outermost-first frame of our own, DL4J's or ND4J's code (inclusive),
counting both Java samples (jdk.ExecutionSample) and samples of threads inside native methods
(jdk.NativeMethodSample, where oneDNN and the ND4J kernels run). Prints Markdown tables.

Usage: bench/jfr_top.py RECORDING.jfr [ROWS]   (needs the JDK's `jfr` on the PATH)"""
import collections, json, subprocess, sys

OURS = ('io.sparkdenoise.', 'org.deeplearning4j.', 'org.nd4j.')


def frame_name(frame):
    method = frame['method']
    return method['type']['name'].replace('/', '.') + '.' + method['name']


def samples(path):
    out = subprocess.run(['jfr', 'print', '--json', '--stack-depth', '64', '--events',
                          'jdk.ExecutionSample,jdk.NativeMethodSample', path],
                         check=True, capture_output=True, text=True).stdout
    for event in json.loads(out)['recording']['events']:
        trace = event['values'].get('stackTrace')
        if trace and trace.get('frames'):
            yield event['type'], [frame_name(f) for f in trace['frames']]


def main():
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    self_time, inclusive, kinds = collections.Counter(), collections.Counter(), collections.Counter()
    for kind, frames in samples(sys.argv[1]):
        kinds[kind] += 1
        self_time[frames[0]] += 1
        seen = set()
        for f in frames:
            if f.startswith(OURS) and f not in seen:
                seen.add(f)
                inclusive[f] += 1
    total = sum(kinds.values())
    print('samples: ' + ', '.join(f'{k} {v}' for k, v in kinds.items()))
    for title, counter in (('self (top frame)', self_time), ('inclusive (our, DL4J, ND4J frames)', inclusive)):
        print(f'\n| {title} | samples | share |\n|---|---:|---:|')
        for name, n in counter.most_common(rows):
            print(f'| `{name}` | {n} | {100 * n / total:.1f}% |')


if __name__ == '__main__':
    main()
