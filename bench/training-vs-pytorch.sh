#!/usr/bin/env bash
# bench/training-vs-pytorch.sh: training speed of the seed network, ours (MnistTrainingRun, the local
# engine) against PyTorch's (../shared/peers/torch_ae.py), the two taking turns in each round so that
# both see the same machine: same network, BCE, Adam 1e-3, batch 256, the 8,000 MNIST training
# digits. Prints each run's training images/s in epochs 2-4 (epoch 1 warms up), their medians, the
# ratio per round and the median ratio over the rounds, per thread count: 2 threads (both cores), and
# 1 (pinned to core 0 with taskset). Builds nothing: run ./mvnw -q -B -pl core,bench -am package
# -DskipTests first. PyTorch comes from Debian (../shared/peers/README.md).
#
#   bench/training-vs-pytorch.sh [ROUNDS [THREADS [EPOCHS]]]
#   # defaults: 3 "2 1" 4
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
rounds="${1:-3}"
thread_counts="${2:-2 1}"
epochs="${3:-4}"
peers="${PEERS:-$root/../shared/peers}"
data="${MNIST:-$root/../shared/data/mnist}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "git $(git -C "$root" rev-parse --short HEAD); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs);" \
  "java $(java -version 2>&1 | head -n 1 | cut -d'"' -f2); torch $(/usr/bin/python3 -c 'import torch; print(torch.__version__)');" \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for threads in $thread_counts; do
  pin=()
  if [[ $threads == 1 ]]; then pin=(taskset -c 0); fi
  for round in $(seq 1 "$rounds"); do
    OMP_NUM_THREADS="$threads" "${pin[@]}" java -Xmx4g @"$root/.build/jvm-flags.txt" \
      -cp "$root/bench/target/benchmarks.jar" io.sparkdenoise.bench.MnistTrainingRun \
      "$data" "$epochs" "$work/ours-$threads-$round.txt" seed bce 2>/dev/null >/dev/null
    OMP_NUM_THREADS="$threads" "${pin[@]}" /usr/bin/python3 "$peers/torch_ae.py" --data "$data" \
      --epochs "$epochs" --threads "$threads" --out "$work/torch-$threads-$round" \
      >"$work/torch-$threads-$round.txt" 2>/dev/null
  done
done
/usr/bin/python3 - "$work" "$rounds" "$thread_counts" <<'EOF'
import json, re, statistics, sys
work, rounds, thread_counts = sys.argv[1], int(sys.argv[2]), sys.argv[3].split()

def ours(path):
    rates = [float(m.group(2)) for m in
             (re.match(r'epoch (\d+) .*images/s ([0-9.]+)', line) for line in open(path)) if m]
    return rates[1:]

def torch(path):
    rates = [json.loads(line)['imgs_per_s'] for line in open(path) if line.startswith('{')]
    return rates[1:]

print('| threads | round | ours, epochs 2+ (images/s) | PyTorch, epochs 2+ (images/s) | ours median | PyTorch median | ratio |')
print('|---:|---:|---|---|---:|---:|---:|')
for threads in thread_counts:
    ratios = []
    for r in range(1, rounds + 1):
        a, b = ours(f'{work}/ours-{threads}-{r}.txt'), torch(f'{work}/torch-{threads}-{r}.txt')
        ratio = statistics.median(a) / statistics.median(b)
        ratios.append(ratio)
        print(f'| {threads} | {r} | {", ".join(f"{x:,.0f}" for x in a)} | {", ".join(f"{x:,.0f}" for x in b)} '
              f'| {statistics.median(a):,.0f} | {statistics.median(b):,.0f} | {ratio:.2f}x |')
    print(f'| {threads} | median | | | | | **{statistics.median(ratios):.2f}x** |')
EOF
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
