import copy
import weakref

import torch

torch.manual_seed(0)

model = torch.nn.Sequential(torch.nn.Linear(16, 32), torch.nn.ReLU(), torch.nn.Linear(32, 1))
twin = copy.deepcopy(model)
batches = [(torch.randn(8, 16), torch.randn(8, 1)) for _ in range(5)]


def grads_alive(m: torch.nn.Module) -> tuple[int, int]:
    grads = [p.grad for p in m.parameters() if p.grad is not None]
    return len(grads), sum(g.nbytes for g in grads)


optimizer = torch.optim.AdamW(model.parameters(), lr=0.01)
most = (0, 0)
for x, y in batches:
    optimizer.zero_grad()
    torch.nn.functional.mse_loss(model(x), y).backward()
    most = max(most, grads_alive(model))  # (1)!
    optimizer.step()

optimizers = {p: torch.optim.AdamW([p], lr=0.01) for p in twin.parameters()}  # (2)!
most_in_hook = (0, 0)
freed = []


def step_in_backward(p: torch.Tensor) -> None:  # (3)!
    global most_in_hook
    most_in_hook = max(most_in_hook, grads_alive(twin))
    grad = weakref.ref(p.grad)
    optimizers[p].step()
    optimizers[p].zero_grad()  # (4)!
    freed.append(grad() is None)


for p in twin.parameters():
    p.register_post_accumulate_grad_hook(step_in_backward)

for x, y in batches:
    torch.nn.functional.mse_loss(twin(x), y).backward()  # (5)!

print(f"{len(optimizers)} parameter tensors, {sum(p.nbytes for p in model.parameters())} bytes")
print(f"ordinary loop:    at most {most[0]} .grad tensors alive at once, {most[1]} bytes")
print(
    f"step in backward: at most {most_in_hook[0]} .grad tensor alive at once, "
    f"{most_in_hook[1]} bytes"
)
print(f"each gradient freed right after its update: {all(freed)} ({len(freed)} updates)")
print(f"after backward, every .grad is None: {all(p.grad is None for p in twin.parameters())}")
same = all(torch.equal(a, b) for a, b in zip(model.parameters(), twin.parameters(), strict=True))
print(f"same parameters after {len(batches)} steps, bit for bit: {same}")
