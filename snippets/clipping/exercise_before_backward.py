import torch

torch.manual_seed(0)

model = torch.nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(32, 4), torch.randn(32, 1) * 10
before = torch.nn.utils.parameters_to_vector(model.parameters()).detach().clone()

optimizer.zero_grad()
returned = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
torch.nn.functional.mse_loss(model(x), y).backward()
optimizer.step()

after = torch.nn.utils.parameters_to_vector(model.parameters()).detach()
print("clip_grad_norm_ returned:", returned.item())
print(f"size of the update: {(after - before).norm():.4f} (lr * max_norm = 0.1)")
