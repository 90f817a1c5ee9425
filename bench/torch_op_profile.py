#!/usr/bin/python3
"""PyTorch's side of bench TrainingOpProfile: where a training step of the seed network goes in
PyTorch on the CPU, op by op (torch.profiler, self CPU time), in the setup of
../shared/peers/torch_ae.py: Conv 1->32, MaxPool, Conv 32->16, MaxPool, Conv 16->16, nearest
Upsample, Conv 16->32, Upsample, Conv 32->1, ReLU after the hidden convolutions, sigmoid, BCE,
Adam 1e-3, one minibatch of 256 random 28x28 images. Prints the step's wall time without
profiling, then a Markdown table of milliseconds per step.

Usage: bench/torch_op_profile.py [--threads 2] [--steps 30]   (Debian's python3-torch)"""
import argparse, time
import torch
import torch.nn as nn
from torch.profiler import ProfilerActivity, profile

p = argparse.ArgumentParser()
p.add_argument('--threads', type=int, default=2)
p.add_argument('--steps', type=int, default=30)
a = p.parse_args()
torch.set_num_threads(a.threads)
torch.manual_seed(20261206)


def conv(cin, cout):
    return nn.Conv2d(cin, cout, 3, padding=1)


net = nn.Sequential(conv(1, 32), nn.ReLU(), nn.MaxPool2d(2), conv(32, 16), nn.ReLU(), nn.MaxPool2d(2),
                    conv(16, 16), nn.ReLU(), nn.Upsample(scale_factor=2), conv(16, 32), nn.ReLU(),
                    nn.Upsample(scale_factor=2), conv(32, 1), nn.Sigmoid())
optimiser = torch.optim.Adam(net.parameters(), lr=1e-3)
loss = nn.BCELoss()
noisy = torch.rand(256, 1, 28, 28)
clean = (torch.rand(256, 1, 28, 28) < 0.2).float()


def step():
    optimiser.zero_grad(set_to_none=True)
    value = loss(net(noisy), clean)
    value.backward()
    optimiser.step()


for _ in range(20):
    step()
start = time.perf_counter()
for _ in range(a.steps):
    step()
ms = (time.perf_counter() - start) * 1000 / a.steps
print(f'torch {torch.__version__}, {a.threads} threads: step {ms:.1f} ms without profiling ({256000 / ms:.0f} images/s)\n')
with profile(activities=[ProfilerActivity.CPU]) as prof:
    for _ in range(a.steps):
        step()
rows = sorted(prof.key_averages(), key=lambda e: -e.self_cpu_time_total)
total = sum(e.self_cpu_time_total for e in rows)
print('| op | ms per step | share |\n|---|---:|---:|')
for e in rows:
    share = e.self_cpu_time_total / total
    if share >= 0.005:
        print(f'| {e.key} | {e.self_cpu_time_total / 1000 / a.steps:.1f} | {share:.0%} |')
print(f'| all ops | {total / 1000 / a.steps:.1f} | |')
